package org.journeyboard.layout;

/**
 * The measures a map is laid out with (points at 100 % zoom): margins, type sizes, card sizes and how many lines of
 * a text are shown before it is cut short. The screen and every export use the same style so they look alike.
 */
public record LayoutStyle(
        double margin,
        double titleSize,
        int titleMaxLines,
        double personaWidth,
        double personaNameSize,
        double personaRoleSize,
        int personaRoleMaxLines,
        double laneHeaderWidth,
        double laneTitleSize,
        int laneTitleMaxLines,
        double phaseNameSize,
        int phaseNameMaxLines,
        double goalSize,
        int goalMaxLines,
        double minPhaseHeaderHeight,
        double cellPadding,
        double cardGap,
        double cardMinWidth,
        double cardMinHeight,
        double cardPadding,
        double cardTitleSize,
        int cardTitleMaxLines,
        double cardIconSize,
        double badgeSize,
        double curveBandPadding,
        double pointRadius,
        double pointLabelSize,
        double legendSize,
        double hitSlop) {

    /** The style of the canvas and of exports unless the user chooses otherwise. */
    public static final LayoutStyle STANDARD = new LayoutStyle(
            24, 22, 2,
            280, 13, 11, 3,
            150, 12, 3,
            14, 2, 11, 3, 52,
            10, 8, 140, 46, 7, 12, 4, 16, 10,
            22, 8, 10, 11,
            4);

    /** This style with another margin around the map (a printed page has a margin of its own). */
    public LayoutStyle withMargin(double newMargin) {
        return new LayoutStyle(newMargin, titleSize, titleMaxLines, personaWidth, personaNameSize, personaRoleSize,
                personaRoleMaxLines, laneHeaderWidth, laneTitleSize, laneTitleMaxLines, phaseNameSize,
                phaseNameMaxLines, goalSize, goalMaxLines, minPhaseHeaderHeight, cellPadding, cardGap, cardMinWidth,
                cardMinHeight, cardPadding, cardTitleSize, cardTitleMaxLines, cardIconSize, badgeSize,
                curveBandPadding, pointRadius, pointLabelSize, legendSize, hitSlop);
    }

    /** The standard style. */
    public static LayoutStyle standard() {
        return STANDARD;
    }
}
