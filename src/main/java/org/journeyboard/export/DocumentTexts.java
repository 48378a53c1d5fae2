package org.journeyboard.export;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.export.TextFlow.Paragraph;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Colour;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.Labels;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Phase;
import org.journeyboard.paint.MapColours;

/**
 * The running text of the optional pages: the appendix (every card's full title and notes by phase and lane, what
 * the map cuts short) and the phase page (goal, strategies and KPIs of each phase, left blank on a goals worksheet).
 */
final class DocumentTexts {
    private static final Colour INK = MapColours.LIGHT.ink();
    private static final Colour MUTED = MapColours.LIGHT.mutedInk();

    private DocumentTexts() {
    }

    static List<Paragraph> appendix(JourneyMap map, ExportTexts texts) {
        List<Paragraph> out = new ArrayList<>();
        out.add(Paragraph.heading(texts.get("appendix.title"), 15, 0, INK));
        Labels labels = texts.labels();
        for (Phase phase : map.phases()) {
            List<Paragraph> section = new ArrayList<>();
            for (Lane lane : map.lanes()) {
                List<Card> cards = map.cardsIn(phase.id(), lane.id());
                if (cards.isEmpty()) {
                    continue;
                }
                String laneTitle = lane.title().isBlank() ? labels.laneKind(lane.kind()) : lane.title();
                section.add(Paragraph.heading(laneTitle, 10, 8, MUTED));
                for (Card card : cards) {
                    String title = card.title().isBlank() ? texts.get("appendix.untitled") : card.title();
                    section.add(Paragraph.item(title, 9.5, true, 8, 4, INK).block());
                    String details = details(card, texts);
                    if (!details.isEmpty()) {
                        section.add(Paragraph.text(details, 8, false, 18, 0, MUTED));
                    }
                    if (!card.notes().isBlank()) {
                        section.add(Paragraph.text(card.notes(), 9, false, 18, 1, INK));
                    }
                }
            }
            if (!section.isEmpty()) {
                out.add(Paragraph.heading(phase.name(), 13, 14, INK)
                        .section(texts.get("appendix.continued", phase.name())));
                out.addAll(section);
            }
        }
        return out;
    }

    /** "Touchpoint · Hotline (direct, offline) · severity 4", as far as the card has these. */
    private static String details(Card card, ExportTexts texts) {
        Labels labels = texts.labels();
        List<String> parts = new ArrayList<>();
        parts.add(labels.cardKind(card.kind()));
        if (card.kind() == CardKind.TOUCHPOINT && card.touchpoint() != null) {
            String type = card.touchpoint().customType().isBlank()
                    ? labels.touchpointType(card.touchpoint().type()) : card.touchpoint().customType();
            parts.add(type + " (" + labels.reach(card.touchpoint().reach()) + ", "
                    + labels.channel(card.touchpoint().channel()) + ")");
        }
        if (card.severity() != null) {
            parts.add(texts.get("appendix.severity", card.severity()));
        }
        if (card.impact() != null || card.effort() != null) {
            parts.add(texts.get("appendix.impactEffort", orDash(card.impact()), orDash(card.effort())));
        }
        if (card.emotion() != null) {
            int e = card.emotion();
            parts.add(texts.get("appendix.emotion", e > 0 ? "+" + e : e < 0 ? "−" + -e : "0"));
        }
        return String.join(" · ", parts);
    }

    private static String orDash(Integer value) {
        return value == null ? "–" : value.toString();
    }

    /**
     * The phase page of {@code edition}, set {@code width} wide. A worksheet and its answer key give every field the
     * room of the taller of the two (the writing lines or the answer), so their pages break alike and match.
     */
    static List<Paragraph> phases(JourneyMap map, ExportTexts texts, Edition edition, double width) {
        List<Paragraph> out = new ArrayList<>();
        out.add(Paragraph.heading(texts.get("phases.title"), 15, 0, INK));
        boolean paired = edition.kind() != Edition.Kind.HANDOUT;
        boolean blankNames = edition.blanks().contains(WorksheetPart.PHASES);
        boolean blankGoals = edition.blanks().contains(WorksheetPart.GOALS);
        boolean hide = edition.kind() == Edition.Kind.WORKSHEET;
        for (int i = 0; i < map.phases().size(); i++) {
            Phase phase = map.phases().get(i);
            out.add(Paragraph.heading(name(phase, i, hide && blankNames), 12.5, 14, INK).block());
            out.add(Paragraph.heading(texts.get("phases.goal"), 9.5, 4, MUTED));
            List<Paragraph> goal = goal(phase, texts, hide && blankGoals);
            out.addAll(goal);
            if (paired && blankGoals) {
                out.addAll(spacer(goal, goal(phase, texts, !hide), width));
            }
            out.add(Paragraph.heading(texts.get("phases.strategies"), 9.5, 6, MUTED));
            List<Paragraph> strategies = strategies(phase, texts, hide && blankGoals);
            out.addAll(strategies);
            if (paired && blankGoals) {
                out.addAll(spacer(strategies, strategies(phase, texts, !hide), width));
            }
            if (!phase.kpis().isEmpty()) {
                out.add(Paragraph.heading(texts.get("phases.kpis"), 9.5, 6, MUTED));
                for (Kpi k : phase.kpis()) {
                    out.add(Paragraph.item(texts.get("phases.kpi", k.name(), orNone(k.target(), texts),
                            orNone(k.actual(), texts)), 10, false, 10, 1, INK));
                }
            }
        }
        return out;
    }

    private static String name(Phase phase, int index, boolean blank) {
        return blank ? (index + 1) + ". ________________" : (index + 1) + ". " + phase.name();
    }

    private static List<Paragraph> goal(Phase phase, ExportTexts texts, boolean blank) {
        return blank ? List.of(Paragraph.writing(2, 10, 10))
                : List.of(Paragraph.text(orNone(phase.goal(), texts), 10, false, 10, 1, INK));
    }

    private static List<Paragraph> strategies(Phase phase, ExportTexts texts, boolean blank) {
        if (blank) {
            return List.of(Paragraph.writing(Math.max(3, phase.strategies().size()), 10, 10));
        }
        if (phase.strategies().isEmpty()) {
            return List.of(Paragraph.text(texts.get("phases.none"), 10, false, 10, 1, INK));
        }
        List<Paragraph> items = new ArrayList<>();
        for (String s : phase.strategies()) {
            items.add(Paragraph.item(s, 10, false, 10, 1, INK));
        }
        return items;
    }

    /** Empty room after {@code mine} up to the height of {@code other}, the same field in the paired edition. */
    private static List<Paragraph> spacer(List<Paragraph> mine, List<Paragraph> other, double width) {
        double missing = height(other, width) - height(mine, width);
        return missing > 0 ? List.of(Paragraph.text("", 10, false, 0, missing, INK)) : List.of();
    }

    private static double height(List<Paragraph> paragraphs, double width) {
        double h = 0;
        for (Paragraph p : paragraphs) {
            h += p.height(width, false);
        }
        return h;
    }

    private static String orNone(String text, ExportTexts texts) {
        return text.isBlank() ? texts.get("phases.none") : text;
    }
}
