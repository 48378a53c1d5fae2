package org.journeyboard.paint;

import org.journeyboard.layout.Rect;
import org.journeyboard.model.Colour;
import org.journeyboard.model.TouchpointType;

/**
 * A small line icon per touchpoint type, drawn with {@link Canvas2D} paths on a 16×16 grid so that the canvas, the
 * PDF and the SVG show the same crisp glyph at any zoom.
 */
public final class TouchpointIcons {
    private TouchpointIcons() {
    }

    /** Draws the icon of {@code type} into {@code box} with strokes (and small fills) in {@code ink}. */
    public static void draw(Canvas2D g, TouchpointType type, Rect box, Colour ink) {
        g.save();
        g.translate(box.x(), box.y());
        g.scale(box.width() / 16);
        g.setStroke(ink);
        g.setFill(ink);
        g.setLineWidth(1.4);
        g.setDashes();
        switch (type) {
            case WEBSITE -> website(g);
            case WEB_SHOP -> cart(g);
            case SEARCH_ENGINE -> magnifier(g);
            case SOCIAL_MEDIA -> share(g);
            case NEWSLETTER -> envelope(g, true);
            case DISPLAY_BANNER -> banner(g);
            case TV_RADIO -> television(g);
            case POSTER -> poster(g);
            case RATING_PORTAL -> star(g);
            case FORUM -> twoBubbles(g);
            case BLOG -> pencil(g);
            case INFLUENCER -> influencer(g);
            case HOTLINE -> handset(g);
            case CHAT -> chatBubble(g);
            case APP -> phone(g);
            case STORE -> store(g);
            case TRADE_FAIR -> booth(g);
            case LETTER -> envelope(g, false);
            case FIELD_SALES -> briefcase(g);
            case WORD_OF_MOUTH -> twoPeople(g);
            case CUSTOM -> tag(g);
        }
        g.restore();
    }

    private static void website(Canvas2D g) {
        g.strokeRoundRect(1.5, 2.5, 13, 11, 1.5);
        g.line(1.5, 5.5, 14.5, 5.5);
        g.fillCircle(3.6, 4, 0.7);
        g.fillCircle(5.6, 4, 0.7);
    }

    private static void cart(Canvas2D g) {
        g.beginPath();
        g.moveTo(0.8, 2.5);
        g.lineTo(3, 2.5);
        g.lineTo(4.8, 10.5);
        g.lineTo(12.8, 10.5);
        g.lineTo(14.5, 5);
        g.lineTo(3.8, 5);
        g.strokePath();
        g.fillCircle(5.8, 13.3, 1.2);
        g.fillCircle(11.6, 13.3, 1.2);
    }

    private static void magnifier(Canvas2D g) {
        g.strokeCircle(6.5, 6.5, 4.5);
        g.setLineWidth(2);
        g.line(9.8, 9.8, 14.5, 14.5);
    }

    private static void share(Canvas2D g) {
        g.line(4, 8, 12, 3.5);
        g.line(4, 8, 12, 12.5);
        g.fillCircle(4, 8, 2.2);
        g.fillCircle(12, 3.5, 2.2);
        g.fillCircle(12, 12.5, 2.2);
    }

    private static void envelope(Canvas2D g, boolean lines) {
        g.strokeRoundRect(1.2, 3.5, 13.6, 9.5, 1);
        g.beginPath();
        g.moveTo(1.5, 4);
        g.lineTo(8, 9);
        g.lineTo(14.5, 4);
        g.strokePath();
        if (lines) {
            g.setLineWidth(1);
            g.line(0, 1.5, 5, 1.5);
            g.line(11, 1.5, 16, 1.5);
        } else {
            g.fillRect(11.3, 10, 2, 1.6);
        }
    }

    private static void banner(Canvas2D g) {
        g.strokeRect(0.8, 4, 14.4, 8);
        g.beginPath();
        g.moveTo(3, 10.5);
        g.lineTo(5.5, 7);
        g.lineTo(7.5, 9.3);
        g.lineTo(8.6, 8);
        g.lineTo(10.5, 10.5);
        g.closePath();
        g.fillPath();
        g.fillCircle(12.3, 6.6, 1);
    }

    private static void television(Canvas2D g) {
        g.strokeRoundRect(1, 5, 14, 9, 1.5);
        g.line(5, 1.2, 8, 5);
        g.line(11, 1.2, 8, 5);
        g.fillCircle(12.3, 9.5, 0.8);
    }

    private static void poster(Canvas2D g) {
        g.strokeRect(3.5, 1, 9, 10);
        g.line(8, 11, 8, 15);
        g.line(5, 15, 11, 15);
        g.setLineWidth(1);
        g.line(5.5, 4, 10.5, 4);
        g.line(5.5, 6.3, 10.5, 6.3);
        g.line(5.5, 8.6, 9, 8.6);
    }

    private static void star(Canvas2D g) {
        g.beginPath();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 7 : 3;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = 8 + r * Math.cos(a);
            double y = 8.6 + r * Math.sin(a);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.closePath();
        g.fillPath();
    }

    private static void bubble(Canvas2D g, double x, double y, double w, double h, boolean tailLeft) {
        g.roundRectPath(x, y, w, h, 2);
        g.strokePath();
        g.beginPath();
        double tx = tailLeft ? x + 2.5 : x + w - 2.5;
        g.moveTo(tx, y + h);
        g.lineTo(tailLeft ? tx - 1.5 : tx + 1.5, y + h + 2.5);
        g.lineTo(tailLeft ? tx + 2.5 : tx - 2.5, y + h);
        g.strokePath();
    }

    private static void twoBubbles(Canvas2D g) {
        bubble(g, 0.8, 1.2, 9.5, 6.5, true);
        bubble(g, 5.7, 7, 9.5, 5.8, false);
    }

    private static void chatBubble(Canvas2D g) {
        bubble(g, 1, 2, 14, 9.5, true);
        g.fillCircle(4.8, 6.8, 1);
        g.fillCircle(8, 6.8, 1);
        g.fillCircle(11.2, 6.8, 1);
    }

    private static void pencil(Canvas2D g) {
        g.beginPath();
        g.moveTo(2, 14);
        g.lineTo(2.8, 10.6);
        g.lineTo(11, 2.4);
        g.lineTo(13.6, 5);
        g.lineTo(5.4, 13.2);
        g.closePath();
        g.strokePath();
        g.line(9.4, 4, 12, 6.6);
    }

    private static void person(Canvas2D g, double cx, double top, double scale) {
        g.strokeCircle(cx, top + 2.6 * scale, 2.4 * scale);
        g.beginPath();
        Shapes.arc(g, cx, top + 11 * scale, 4.6 * scale, Math.PI, Math.PI);
        g.strokePath();
    }

    private static void influencer(Canvas2D g) {
        person(g, 6, 1.5, 1);
        g.save();
        g.translate(9, 0);
        g.scale(0.45);
        star(g);
        g.restore();
    }

    private static void twoPeople(Canvas2D g) {
        person(g, 4.8, 3, 0.85);
        person(g, 11.2, 3, 0.85);
        g.setLineWidth(1);
        g.line(7, 1.6, 9, 1.6);
    }

    private static void handset(Canvas2D g) {
        g.beginPath();
        g.moveTo(3.2, 1.6);
        g.lineTo(5.6, 1.6);
        g.lineTo(6.6, 5);
        g.lineTo(5, 6.4);
        g.cubicTo(5.8, 8.4, 7.6, 10.2, 9.6, 11);
        g.lineTo(11, 9.4);
        g.lineTo(14.4, 10.4);
        g.lineTo(14.4, 12.8);
        g.cubicTo(14.4, 13.8, 13.6, 14.4, 12.6, 14.4);
        g.cubicTo(7, 14, 2, 9, 1.6, 3.4);
        g.cubicTo(1.6, 2.4, 2.2, 1.6, 3.2, 1.6);
        g.closePath();
        g.fillPath();
    }

    private static void phone(Canvas2D g) {
        g.strokeRoundRect(4, 0.8, 8, 14.4, 1.8);
        g.line(6.8, 2.8, 9.2, 2.8);
        g.fillCircle(8, 12.6, 0.9);
    }

    private static void store(Canvas2D g) {
        g.beginPath();
        g.moveTo(1, 6);
        g.lineTo(2.5, 2);
        g.lineTo(13.5, 2);
        g.lineTo(15, 6);
        g.closePath();
        g.strokePath();
        g.beginPath();
        g.moveTo(2.5, 6);
        g.lineTo(2.5, 14.5);
        g.lineTo(13.5, 14.5);
        g.lineTo(13.5, 6);
        g.strokePath();
        g.strokeRect(6.5, 9.5, 3, 5);
    }

    private static void booth(Canvas2D g) {
        g.line(3, 15, 3, 1);
        g.beginPath();
        g.moveTo(3, 1.5);
        g.lineTo(13.5, 4.2);
        g.lineTo(3, 7);
        g.closePath();
        g.fillPath();
        g.line(0.8, 15, 15.2, 15);
        g.strokeRect(7, 10, 7, 5);
    }

    private static void briefcase(Canvas2D g) {
        g.strokeRoundRect(1, 4.5, 14, 9.5, 1.5);
        g.strokeRect(5.5, 2, 5, 2.5);
        g.line(1, 8.5, 15, 8.5);
    }

    private static void tag(Canvas2D g) {
        g.beginPath();
        g.moveTo(1.5, 2.5);
        g.lineTo(8, 2.5);
        g.lineTo(14.5, 9);
        g.lineTo(8.5, 15);
        g.lineTo(1.5, 8);
        g.closePath();
        g.strokePath();
        g.fillCircle(5, 6, 1.2);
    }
}
