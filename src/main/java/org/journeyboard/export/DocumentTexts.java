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

    static List<Paragraph> phases(JourneyMap map, ExportTexts texts, Edition edition) {
        List<Paragraph> out = new ArrayList<>();
        out.add(Paragraph.heading(texts.get("phases.title"), 15, 0, INK));
        boolean hideNames = edition.hides(WorksheetPart.PHASES);
        boolean hideGoals = edition.hides(WorksheetPart.GOALS);
        for (int i = 0; i < map.phases().size(); i++) {
            Phase phase = map.phases().get(i);
            String name = hideNames ? (i + 1) + ". ________________" : (i + 1) + ". " + phase.name();
            out.add(Paragraph.heading(name, 12.5, 14, INK).block());
            out.add(Paragraph.heading(texts.get("phases.goal"), 9.5, 4, MUTED));
            if (hideGoals) {
                out.add(Paragraph.writing(2, 10, 10));
            } else {
                out.add(Paragraph.text(orNone(phase.goal(), texts), 10, false, 10, 1, INK));
            }
            out.add(Paragraph.heading(texts.get("phases.strategies"), 9.5, 6, MUTED));
            if (hideGoals) {
                out.add(Paragraph.writing(Math.max(3, phase.strategies().size()), 10, 10));
            } else if (phase.strategies().isEmpty()) {
                out.add(Paragraph.text(texts.get("phases.none"), 10, false, 10, 1, INK));
            } else {
                for (String s : phase.strategies()) {
                    out.add(Paragraph.item(s, 10, false, 10, 1, INK));
                }
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

    private static String orNone(String text, ExportTexts texts) {
        return text.isBlank() ? texts.get("phases.none") : text;
    }
}
