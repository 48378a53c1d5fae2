package org.journeyboard.model;

import java.util.List;

/** Null-safe normalisation of the strings and lists records hold, so that a model never contains null text. */
final class Text {
    private Text() {
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
