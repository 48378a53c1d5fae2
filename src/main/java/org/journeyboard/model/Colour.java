package org.journeyboard.model;

import java.util.Locale;

/** An opaque sRGB colour, written as "#RRGGBB" in files. */
public record Colour(int red, int green, int blue) {
    public Colour {
        check(red, "red");
        check(green, "green");
        check(blue, "blue");
    }

    private static void check(int v, String channel) {
        if (v < 0 || v > 255) {
            throw new IllegalArgumentException(channel + " must be 0..255, was " + v);
        }
    }

    /** Parses "#RRGGBB" (the leading # is required); throws IllegalArgumentException otherwise. */
    public static Colour parse(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colour must look like #RRGGBB, was '" + hex + "'");
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Colour((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    /** Relative luminance 0..1, to choose dark or light text on this colour. */
    public double luminance() {
        return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255.0;
    }

    @Override
    public String toString() {
        return hex();
    }
}
