package org.journeyboard.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.TouchpointType;
import org.journeyboard.paint.Canvas2D;
import org.journeyboard.paint.Faces;
import org.journeyboard.paint.MapColours;
import org.journeyboard.paint.TouchpointIcons;

/**
 * The key printed with a map: note colours of the card kinds, touchpoint icons, the emotion scale and the severity
 * badges. It lists only what the map uses, so a small map gets a short legend, and flows into rows of a given width.
 */
public final class Legend {
    private static final MapColours COLOURS = MapColours.LIGHT;

    /** What an entry shows in front of its label. */
    private sealed interface Symbol {
    }

    private record Swatch(CardKind kind) implements Symbol {
    }

    private record Icon(TouchpointType type) implements Symbol {
    }

    private record Face(int score) implements Symbol {
    }

    private record Badge(CardKind kind, String text) implements Symbol {
    }

    private record Item(Symbol symbol, String label) {
    }

    private record Group(String title, List<Item> items) {
    }

    /** One placed piece of the legend: a group title (item null) or an item, at (x, top) of its row. */
    private record Placed(Group group, Item item, double x, double top) {
    }

    private final List<Group> groups;

    private Legend(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    /** The legend of what {@code map} uses, labelled in the texts' language. */
    public static Legend of(JourneyMap map, ExportTexts texts) {
        Set<CardKind> kinds = EnumSet.noneOf(CardKind.class);
        Set<TouchpointType> types = EnumSet.noneOf(TouchpointType.class);
        boolean severity = false;
        boolean opportunity = false;
        boolean emotion = map.curves().stream().anyMatch(c -> !c.points().isEmpty());
        for (Card c : map.cards()) {
            kinds.add(c.kind());
            if (c.kind() == CardKind.TOUCHPOINT && c.touchpoint() != null) {
                types.add(c.touchpoint().type());
            }
            severity |= c.kind() == CardKind.PAIN_POINT && c.severity() != null;
            opportunity |= c.kind() == CardKind.OPPORTUNITY && (c.impact() != null || c.effort() != null);
            emotion |= c.emotion() != null;
        }
        List<Group> groups = new ArrayList<>();
        if (!kinds.isEmpty()) {
            groups.add(new Group(texts.get("legend.cards"), kinds.stream()
                    .map(k -> new Item(new Swatch(k), texts.labels().cardKind(k))).toList()));
        }
        if (!types.isEmpty()) {
            groups.add(new Group(texts.get("legend.touchpoints"), types.stream()
                    .map(t -> new Item(new Icon(t), texts.labels().touchpointType(t))).toList()));
        }
        if (emotion) {
            List<Item> faces = new ArrayList<>();
            for (int s = -2; s <= 2; s++) {
                faces.add(new Item(new Face(s), s > 0 ? "+" + s : s < 0 ? "−" + -s : "0"));
            }
            groups.add(new Group(texts.get("legend.emotion"), faces));
        }
        if (severity) {
            List<Item> badges = new ArrayList<>();
            for (int s = 1; s <= 5; s++) {
                String label = s == 1 ? texts.get("legend.low") : s == 5 ? texts.get("legend.high") : "";
                badges.add(new Item(new Badge(CardKind.PAIN_POINT, "S" + s), label));
            }
            groups.add(new Group(texts.get("legend.severity"), badges));
        }
        if (opportunity) {
            groups.add(new Group(texts.get("legend.opportunity"),
                    List.of(new Item(new Badge(CardKind.OPPORTUNITY, "I4·E2"), "1–5"))));
        }
        return new Legend(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Height of the legend flowed into {@code width} at type size {@code size}. */
    public double height(double width, double size) {
        List<Placed> placed = flow(width, size);
        return placed.isEmpty() ? 0 : placed.get(placed.size() - 1).top() + rowHeight(size);
    }

    /** Draws the legend with its top-left corner at (x, y). */
    public void draw(Canvas2D g, double x, double y, double width, double size) {
        FontMetrics regular = FontMetrics.regular();
        double baselineShift = (rowHeight(size) + regular.ascent(size) - regular.descent(size)) / 2;
        for (Placed p : flow(width, size)) {
            double left = x + p.x();
            double top = y + p.top();
            if (p.item() == null) {
                g.setFill(COLOURS.ink());
                g.text(p.group().title(), left, top + baselineShift, size, true);
                continue;
            }
            double symbol = symbolWidth(p.item().symbol(), size);
            drawSymbol(g, p.item().symbol(), new Rect(left, top + (rowHeight(size) - size * 1.4) / 2, symbol,
                    size * 1.4), size);
            g.setFill(COLOURS.mutedInk());
            g.text(p.item().label(), left + symbol + size * 0.4, top + baselineShift, size, false);
        }
    }

    private static double rowHeight(double size) {
        return size * 2;
    }

    private List<Placed> flow(double width, double size) {
        List<Placed> placed = new ArrayList<>();
        double x = 0;
        double top = 0;
        for (Group group : groups) {
            double titleWidth = FontMetrics.bold().width(group.title(), size) + size * 0.8;
            double firstItem = group.items().isEmpty() ? 0 : itemWidth(group.items().get(0), size);
            double whole = titleWidth;
            for (Item item : group.items()) {
                whole += itemWidth(item, size) + size * 1.1;
            }
            // a group that fits on one row is not split; a longer one at least starts with its first item
            boolean wrapWhole = whole <= width && x + whole > width;
            if (x > 0 && (wrapWhole || x + titleWidth + firstItem > width)) {
                x = 0;
                top += rowHeight(size);
            }
            placed.add(new Placed(group, null, x, top));
            x += titleWidth;
            for (Item item : group.items()) {
                double w = itemWidth(item, size);
                if (x > 0 && x + w > width) {
                    x = size;
                    top += rowHeight(size);
                }
                placed.add(new Placed(group, item, x, top));
                x += w + size * 1.1;
            }
            x += size * 1.6;
        }
        return placed;
    }

    private static double itemWidth(Item item, double size) {
        double label = item.label().isEmpty() ? 0 : size * 0.4 + FontMetrics.regular().width(item.label(), size);
        return symbolWidth(item.symbol(), size) + label;
    }

    private static double symbolWidth(Symbol symbol, double size) {
        if (symbol instanceof Badge b) {
            return FontMetrics.bold().width(b.text(), size * 0.85) + size * 0.9;
        }
        return size * (symbol instanceof Swatch ? 2.0 : 1.4);
    }

    private static void drawSymbol(Canvas2D g, Symbol symbol, Rect box, double size) {
        g.setLineWidth(Math.max(0.5, size / 12));
        if (symbol instanceof Swatch s) {
            g.setFill(COLOURS.noteFill(s.kind()));
            g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), size * 0.25);
            g.setStroke(COLOURS.noteEdge(s.kind()));
            g.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), size * 0.25);
        } else if (symbol instanceof Icon i) {
            TouchpointIcons.draw(g, i.type(), box, COLOURS.ink());
        } else if (symbol instanceof Face f) {
            double r = box.height() / 2;
            Faces.draw(g, box.centerX(), box.centerY(), r, f.score(), COLOURS.faceFill(f.score()),
                    COLOURS.mutedInk(), COLOURS.ink());
        } else if (symbol instanceof Badge b) {
            double h = size * 1.3;
            double y = box.centerY() - h / 2;
            g.setFill(COLOURS.badgeFill(b.kind(), b.text()));
            g.fillRoundRect(box.x(), y, box.width(), h, h / 2);
            g.setFill(COLOURS.textOn(COLOURS.badgeFill(b.kind(), b.text())));
            FontMetrics bold = FontMetrics.bold();
            double textSize = size * 0.85;
            g.text(b.text(), box.x() + size * 0.45,
                    box.centerY() + (bold.ascent(textSize) - bold.descent(textSize)) / 2, textSize, true);
        }
    }
}
