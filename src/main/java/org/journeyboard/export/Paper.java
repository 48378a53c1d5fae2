package org.journeyboard.export;

import java.util.Locale;

/** The paper sizes a map prints on, in points (1/72 inch), portrait. */
public enum Paper {
    A4(mm(210), mm(297)),
    A3(mm(297), mm(420)),
    A2(mm(420), mm(594)),
    A1(mm(594), mm(841)),
    A0(mm(841), mm(1189)),
    LETTER(612, 792),
    LEGAL(612, 1008),
    TABLOID(792, 1224);

    /** Points per millimetre. */
    public static final double POINTS_PER_MM = 72 / 25.4;

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Width of the portrait sheet in points. */
    public double width() {
        return width;
    }

    /** Height of the portrait sheet in points. */
    public double height() {
        return height;
    }

    /** Converts millimetres to points. */
    public static double mm(double millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    /** Parses a name such as "a4" or "Letter" (any case); throws IllegalArgumentException listing the choices. */
    public static Paper parse(String name) {
        for (Paper p : values()) {
            if (p.name().equalsIgnoreCase(name.trim())) {
                return p;
            }
        }
        throw ExportMessages.wrong("paper.unknown", name);
    }

    /** The name users know, e.g. "A4" or "Letter". */
    public String displayName() {
        String n = name();
        return n.length() == 2 ? n : n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }
}
