package org.journeyboard.export;

import java.util.Set;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.LayoutStyle;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.PhaseBox;

/**
 * What a hand needs on a worksheet, measured on paper: writing lines at least 7 mm apart, two of them on every card,
 * a phase name at least 40 mm wide; and the layout style that gives a map that room when it prints at a scale.
 */
final class Handwriting {
    /** Distance between writing lines, and the room above the first one (points on paper). */
    static final double LINE_PITCH = Paper.mm(7);
    /** Writing lines on every card. */
    static final int CARD_LINES = 2;
    /** Writing lines for a phase's goal. */
    static final int GOAL_LINES = 2;
    /** Width of a phase-name blank (points on paper). */
    static final double NAME_WIDTH = Paper.mm(40);
    /** Padding around a phase header's texts, as the layout has it. */
    static final double HEADER_PADDING = 10;

    private Handwriting() {
    }

    /** The smallest scale at which every phase-name blank of {@code layout} is wide enough. */
    static double smallestScale(MapLayout layout, Set<WorksheetPart> blanks) {
        double scale = 0;
        if (blanks.contains(WorksheetPart.PHASES) || blanks.contains(WorksheetPart.GOALS)) {
            for (PhaseBox p : layout.phases()) {
                scale = Math.max(scale, NAME_WIDTH / Math.max(1, innerWidth(p)));
            }
        }
        return scale;
    }

    /** Width of the text (and of a blank) inside a phase header. */
    static double innerWidth(PhaseBox p) {
        return p.header().width() - 2 * (p.name().x() - p.header().x());
    }

    /** Writing lines of a phase-name blank. */
    static int nameLines(PhaseBox p) {
        return Math.max(1, p.name().lines().size());
    }

    /** Writing lines of a goal blank. */
    static int goalLines(PhaseBox p) {
        return Math.max(GOAL_LINES, p.goal().lines().size());
    }

    /**
     * The style of a worksheet printed at {@code scale}: cards and phase headers of {@code standard} (the map laid
     * out with the standard style) grow so that the blanks of {@code blanks} get their writing lines; everything
     * else stays as on the screen.
     */
    static LayoutStyle style(MapLayout standard, Set<WorksheetPart> blanks, double scale) {
        LayoutStyle s = standard.style();
        double pitch = LINE_PITCH / scale;
        double cardMin = s.cardMinHeight();
        if (blanks.contains(WorksheetPart.CARDS)) {
            // room for the icon and badge row on every note, so all notes of a worksheet are alike
            cardMin = Math.max(cardMin, Math.ceil(s.cardPadding() * 1.5 + s.cardIconSize() + 4
                    + CARD_LINES * pitch) + 1);
        }
        double header = s.minPhaseHeaderHeight();
        for (PhaseBox p : standard.phases()) {
            double name = blanks.contains(WorksheetPart.PHASES) ? nameLines(p) * pitch : p.name().height();
            double goal = p.goal().isEmpty() ? 0
                    : blanks.contains(WorksheetPart.GOALS) ? goalLines(p) * pitch : p.goal().height();
            header = Math.max(header, 2 * HEADER_PADDING + name + (goal > 0 ? 4 + goal : 0) + 2);
        }
        return new LayoutStyle(s.margin(), s.titleSize(), s.titleMaxLines(), s.personaWidth(), s.personaNameSize(),
                s.personaRoleSize(), s.personaRoleMaxLines(), s.laneHeaderWidth(), s.laneTitleSize(),
                s.laneTitleMaxLines(), s.phaseNameSize(), s.phaseNameMaxLines(), s.goalSize(), s.goalMaxLines(),
                Math.ceil(header), s.cellPadding(), s.cardGap(), s.cardMinWidth(), cardMin, s.cardPadding(),
                s.cardTitleSize(), s.cardTitleMaxLines(), s.cardIconSize(), s.badgeSize(), s.curveBandPadding(),
                s.pointRadius(), s.pointLabelSize(), s.legendSize(), s.hitSlop());
    }

    /** Height of the narrow phase header on pages that continue a column further down (map units). */
    static double continuedHeaderHeight(LayoutStyle s) {
        return Math.ceil(2 * 8 + FontMetrics.bold().lineHeight(s.phaseNameSize()));
    }
}
