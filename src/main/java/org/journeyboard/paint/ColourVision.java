package org.journeyboard.paint;

import org.journeyboard.model.Colour;

/**
 * How colours look to people with a colour-vision deficiency (Machado, Oliveira and Fernandes 2009, severity 1.0,
 * applied to linear sRGB), and how far apart two colours look (CIE 1976 ΔE in CIELAB, D65). A ΔE near 2 is just
 * noticeable; neighbouring phase headers, severity badges and curves should stay well apart.
 */
public enum ColourVision {
    NORMAL(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}),
    PROTANOPIA(new double[] {0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116,
        1.051998}),
    DEUTERANOPIA(new double[] {0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.011820, 0.042940,
        0.968881}),
    TRITANOPIA(new double[] {1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367,
        0.303900});

    private final double[] m;

    ColourVision(double[] matrix) {
        this.m = matrix;
    }

    /** {@code colour} as seen with this vision. */
    public Colour simulate(Colour colour) {
        double r = Contrast.linear(colour.red());
        double g = Contrast.linear(colour.green());
        double b = Contrast.linear(colour.blue());
        return new Colour(Contrast.srgb(m[0] * r + m[1] * g + m[2] * b), Contrast.srgb(m[3] * r + m[4] * g + m[5] * b),
                Contrast.srgb(m[6] * r + m[7] * g + m[8] * b));
    }

    /** How different two colours look with this vision (CIE76 ΔE of the simulated colours). */
    public double difference(Colour a, Colour b) {
        double[] la = lab(simulate(a));
        double[] lb = lab(simulate(b));
        return Math.sqrt(sq(la[0] - lb[0]) + sq(la[1] - lb[1]) + sq(la[2] - lb[2]));
    }

    /** CIELAB (D65) of an sRGB colour: L* 0..100, a*, b*. */
    static double[] lab(Colour c) {
        double r = Contrast.linear(c.red());
        double g = Contrast.linear(c.green());
        double b = Contrast.linear(c.blue());
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double sq(double v) {
        return v * v;
    }
}
