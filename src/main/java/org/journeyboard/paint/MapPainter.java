package org.journeyboard.paint;

import java.util.List;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.CurveBox;
import org.journeyboard.layout.CurvePointBox;
import org.journeyboard.layout.EmotionLaneBox;
import org.journeyboard.layout.LaneBox;
import org.journeyboard.layout.LegendEntry;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.PathData;
import org.journeyboard.layout.PersonaBox;
import org.journeyboard.layout.PhaseBox;
import org.journeyboard.layout.Rect;
import org.journeyboard.layout.TextBlock;
import org.journeyboard.model.Colour;

/**
 * Draws a {@link MapLayout} onto any {@link Canvas2D}: title, personas, phase columns and headers, lanes, sticky
 * notes, emotion curves with faces and legend. Only what intersects the visible rectangle is drawn, so a viewport
 * on a huge map costs what it shows. The painter does not fill the background; the backend decides (white, paper,
 * transparent).
 */
public final class MapPainter {
    private static final double CARD_RADIUS = 4;

    /** Below this size on the output device (pixels or points) text is drawn as grey bars: unreadable anyway. */
    private static final double GREEKING_SIZE = 3.5;
    /** Below this scale notes lose their shadow, icon, badge and face. */
    private static final double OVERVIEW_SCALE = 0.3;

    private final MapColours colours;
    private final double deviceScale;

    /**
     * A painter with the given palette for an output that shows one map unit as {@code deviceScale} pixels (or
     * points): text too small to read at that scale is drawn as light bars, which keeps an overview of a huge map
     * fast. Painters are immutable and may be shared between threads.
     */
    public MapPainter(MapColours colours, double deviceScale) {
        this.colours = colours;
        this.deviceScale = deviceScale;
    }

    public MapPainter(MapColours colours) {
        this(colours, 1);
    }

    /** A painter with the light palette. */
    public MapPainter() {
        this(MapColours.LIGHT);
    }

    /** The palette this painter draws with. */
    public MapColours colours() {
        return colours;
    }

    /** This painter for an output at another scale (the canvas makes one per zoom level). */
    public MapPainter atDeviceScale(double scale) {
        return new MapPainter(colours, scale);
    }

    /** Draws everything of {@code layout} that intersects {@code visible} (map coordinates). */
    public void paint(MapLayout layout, Canvas2D g, Rect visible) {
        g.save();
        g.setDashes();
        paintTitleAndPersonas(layout, g, visible);
        paintGrid(layout, g, visible);
        for (EmotionLaneBox e : layout.emotionLanes()) {
            if (e.band().inflate(layout.style().pointRadius() + 20).intersects(visible)) {
                paintEmotions(layout, e, g);
            }
        }
        paintCards(layout.cardsIn(visible), g);
        g.restore();
    }

    /** Draws the whole layout. */
    public void paint(MapLayout layout, Canvas2D g) {
        paint(layout, g, layout.bounds());
    }

    private void paintTitleAndPersonas(MapLayout layout, Canvas2D g, Rect visible) {
        TextBlock title = layout.title();
        if (!title.isEmpty() && new Rect(title.x(), title.top(), title.width(), title.height()).intersects(visible)) {
            g.setFill(colours.ink());
            text(g, title);
        }
        for (PersonaBox p : layout.personas()) {
            Rect r = p.rect();
            if (!r.intersects(visible)) {
                continue;
            }
            g.setFill(colours.personaFill());
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 6);
            g.setStroke(colours.personaBorder());
            g.setLineWidth(1);
            g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 6);
            if (p.hasPicture()) {
                paintPicture(g, p);
            }
            g.setFill(colours.ink());
            text(g, p.name());
            g.setFill(colours.mutedInk());
            text(g, p.role());
        }
    }

    /** The persona's photo, cropped to its square like a profile picture, with a thin frame. */
    private void paintPicture(Canvas2D g, PersonaBox p) {
        Rect box = p.pictureBox();
        Rect framed = PictureFraming.cover(p.picture(), box);
        g.save();
        g.clipRect(box.x(), box.y(), box.width(), box.height());
        g.drawImage(p.picture(), framed.x(), framed.y(), framed.width(), framed.height());
        g.restore();
        g.setStroke(colours.personaBorder());
        g.setLineWidth(0.75);
        g.strokeRect(box.x(), box.y(), box.width(), box.height());
    }

    private void paintGrid(MapLayout layout, Canvas2D g, Rect visible) {
        Rect grid = layout.grid();
        if (!grid.intersects(visible) || layout.lanes().isEmpty() && layout.phases().isEmpty()) {
            return;
        }
        for (PhaseBox p : layout.phases()) {
            Rect c = p.column();
            if (c.intersects(visible) && c.height() > 0) {
                g.setFill(colours.columnTint(p.colour(), p.index()));
                g.fillRect(c.x(), c.y(), c.width(), c.height());
            }
        }
        g.setLineWidth(1);
        for (LaneBox l : layout.lanes()) {
            Rect h = l.header();
            if (!new Rect(h.x(), h.y(), grid.width(), h.height()).intersects(visible)) {
                continue;
            }
            g.setFill(colours.laneHeader());
            g.fillRect(h.x(), h.y(), h.width(), h.height());
            g.setFill(colours.ink());
            text(g, l.title());
            g.setStroke(colours.gridLine());
            g.line(h.x(), l.row().bottom(), l.row().right(), l.row().bottom());
        }
        g.setStroke(colours.gridLine());
        for (PhaseBox p : layout.phases()) {
            Rect c = p.column();
            if (c.x() <= visible.right() && c.right() >= visible.x()) {
                g.line(c.right(), p.header().y(), c.right(), c.bottom());
            }
        }
        if (!layout.lanes().isEmpty()) {
            Rect h = layout.lanes().get(0).header();
            g.line(h.right(), grid.y(), h.right(), grid.bottom());
        }
        for (PhaseBox p : layout.phases()) {
            Rect h = p.header();
            if (!h.intersects(visible)) {
                continue;
            }
            g.setFill(p.colour());
            g.fillRect(h.x(), h.y(), h.width(), h.height());
            Colour on = colours.textOn(p.colour());
            g.setFill(on);
            text(g, p.name());
            text(g, p.goal());
        }
        g.setStroke(colours.gridLine());
        g.strokeRect(grid.x(), grid.y(), grid.width(), grid.height());
    }

    private void paintEmotions(MapLayout layout, EmotionLaneBox e, Canvas2D g) {
        Rect band = e.band();
        g.setLineWidth(1);
        g.setStroke(colours.guideLine());
        for (int s = -2; s <= 2; s++) {
            if (s != 0) {
                g.line(band.x(), e.yOf(s), band.right(), e.yOf(s));
            }
        }
        g.setStroke(colours.zeroLine());
        g.setDashes(5, 4);
        g.line(band.x(), e.zeroY(), band.right(), e.zeroY());
        g.setDashes();
        for (LegendEntry entry : e.legend()) {
            g.setStroke(colours.curveStroke(entry.colour()));
            g.setLineWidth(3);
            g.line(entry.lineX1(), entry.lineY(), entry.lineX2(), entry.lineY());
            g.setFill(colours.mutedInk());
            text(g, entry.name());
        }
        double r = layout.style().pointRadius();
        for (CurveBox curve : e.curves()) {
            curveLine(curve, g);
        }
        for (CurveBox curve : e.curves()) {
            curvePoints(curve, g, r);
        }
    }

    /**
     * Draws one curve, its line and its points with their labels, exactly as in the map: the canvas draws the curve
     * being dragged with this, so what moves looks like what lands.
     */
    public void paintCurve(CurveBox curve, Canvas2D g, double pointRadius) {
        g.save();
        g.setDashes();
        curveLine(curve, g);
        curvePoints(curve, g, pointRadius);
        g.restore();
    }

    private void curveLine(CurveBox curve, Canvas2D g) {
        g.setStroke(colours.curveStroke(curve.colour()));
        g.setLineWidth(2.5);
        path(g, curve.path());
        g.strokePath();
    }

    private void curvePoints(CurveBox curve, Canvas2D g, double r) {
        for (CurvePointBox p : curve.points()) {
            Faces.draw(g, p.x(), p.y(), r, p.score(), colours.faceFill(p.score()),
                    colours.curveStroke(curve.colour()), colours.ink());
            g.setFill(colours.mutedInk());
            text(g, p.label());
        }
    }

    /**
     * Draws one card as in the map, moved by (dx, dy): the canvas draws the ghosts of a card drag with this, so
     * what moves looks like what lands.
     */
    public void paintCard(CardBox card, Canvas2D g, double dx, double dy) {
        g.save();
        g.setDashes();
        g.translate(dx, dy);
        paintCards(List.of(card), g);
        g.restore();
    }

    private void paintCards(List<CardBox> cards, Canvas2D g) {
        if (deviceScale < OVERVIEW_SCALE) {
            paintCardsForOverview(cards, g);
            return;
        }
        for (CardBox c : cards) {
            Rect r = c.rect();
            g.setFill(colours.cardShadow());
            g.fillRoundRect(r.x() + 1, r.y() + 1.5, r.width(), r.height(), CARD_RADIUS);
            g.setFill(colours.noteFill(c.kind()));
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), CARD_RADIUS);
            g.setStroke(colours.noteEdge(c.kind()));
            g.setLineWidth(1);
            g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), CARD_RADIUS);
            if (c.icon() != null) {
                TouchpointIcons.draw(g, c.touchpointType(), c.icon(), colours.ink());
            }
            if (c.badgeRect() != null) {
                Rect b = c.badgeRect();
                Colour fill = colours.badgeFill(c.kind(), c.badge());
                g.setFill(fill);
                g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), b.height() / 2);
                g.setFill(colours.textOn(fill));
                text(g, c.badgeText());
            }
            if (c.face() != null) {
                Rect f = c.face();
                Faces.draw(g, f.centerX(), f.centerY(), f.width() / 2, c.emotion(), colours.faceFill(c.emotion()),
                        colours.noteEdge(c.kind()), colours.ink());
            }
            if (c.votesRect() != null) {
                paintVotes(c, g);
            }
            g.setFill(colours.ink());
            text(g, c.title());
        }
    }

    /** A workshop's dots: one filled circle per vote, or for many one circle and the number beside it. */
    private void paintVotes(CardBox c, Canvas2D g) {
        Rect v = c.votesRect();
        double r = v.height() / 2;
        double step = c.dotsDrawn() > 1 ? (v.width() - v.height()) / (c.dotsDrawn() - 1) : 0;
        g.setFill(colours.voteDot());
        for (int i = 0; i < c.dotsDrawn(); i++) {
            g.fillCircle(v.x() + r + i * step, v.centerY(), r);
        }
        if (!c.votesText().lines().isEmpty()) {
            g.setFill(colours.ink());
            text(g, c.votesText());
        }
    }

    /** Far out, a note is a coloured block with grey lines where its text is: nobody can see more, and it is fast. */
    private void paintCardsForOverview(List<CardBox> cards, Canvas2D g) {
        for (CardBox c : cards) {
            Rect r = c.rect();
            g.setFill(colours.noteEdge(c.kind()));
            g.fillRect(r.x(), r.y(), r.width(), r.height());
            g.setFill(colours.noteFill(c.kind()));
            g.fillRect(r.x() + 1.5, r.y() + 1.5, r.width() - 3, r.height() - 3);
            greek(g, c.title());
        }
    }

    private void text(Canvas2D g, TextBlock block) {
        if (block.size() * deviceScale < GREEKING_SIZE) {
            greek(g, block);
            return;
        }
        for (int i = 0; i < block.lines().size(); i++) {
            g.text(block.lines().get(i), block.x(), block.baseline(i), block.size(), block.bold());
        }
    }

    private void greek(Canvas2D g, TextBlock block) {
        g.setFill(colours.guideLine());
        for (int i = 0; i < block.lines().size(); i++) {
            double w = org.journeyboard.layout.FontMetrics.of(block.bold()).width(block.lines().get(i), block.size());
            g.fillRect(block.x(), block.baseline(i) - block.size() * 0.6, w, block.size() * 0.6);
        }
    }

    private static void path(Canvas2D g, PathData path) {
        g.beginPath();
        for (PathData.Op op : path.ops()) {
            if (op instanceof PathData.MoveTo m) {
                g.moveTo(m.x(), m.y());
            } else if (op instanceof PathData.LineTo l) {
                g.lineTo(l.x(), l.y());
            } else if (op instanceof PathData.CubicTo c) {
                g.cubicTo(c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y());
            } else {
                g.closePath();
            }
        }
    }
}
