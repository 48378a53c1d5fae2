package org.journeyboard.paint;

import org.journeyboard.model.Colour;

/**
 * WCAG 2 colour contrast: relative luminance from linear sRGB and the contrast ratio (1..21) of two colours. Text
 * needs 4.5:1 (AA), lines and symbols 3:1.
 */
public final class Contrast {
    /** WCAG AA for normal text. */
    public static final double TEXT = 4.5;
    /** WCAG AA for graphics such as the emotion curve. */
    public static final double GRAPHICS = 3;

    private Contrast() {
    }

    /** The contrast ratio of two colours, 1 (none) to 21 (black on white). */
    public static double ratio(Colour a, Colour b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG relative luminance, 0 (black) to 1 (white). */
    public static double luminance(Colour c) {
        return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
    }

    /** An sRGB channel 0..255 as linear light 0..1. */
    static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** Linear light 0..1 back to an sRGB channel, clamped. */
    static int srgb(double linear) {
        double v = Math.max(0, Math.min(1, linear));
        double s = v <= 0.0031308 ? v * 12.92 : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
        return (int) Math.round(s * 255);
    }

    /** {@code colour} mixed with {@code towards}; {@code amount} 0 keeps it, 1 gives {@code towards}. */
    public static Colour mix(Colour colour, Colour towards, double amount) {
        return new Colour(mix(colour.red(), towards.red(), amount), mix(colour.green(), towards.green(), amount),
                mix(colour.blue(), towards.blue(), amount));
    }

    private static int mix(int from, int to, double amount) {
        return (int) Math.round(from + (to - from) * amount);
    }

    /**
     * {@code colour} moved towards {@code towards} in small steps until it has at least {@code ratio} against
     * {@code background} (or is {@code towards}): the same hue, lighter or darker as needed.
     */
    public static Colour atLeast(Colour colour, Colour background, Colour towards, double ratio) {
        Colour c = colour;
        for (int step = 1; step <= 20 && ratio(c, background) < ratio; step++) {
            c = mix(colour, towards, step / 20.0);
        }
        return c;
    }
}
