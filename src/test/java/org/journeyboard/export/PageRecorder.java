package org.journeyboard.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Colour;
import org.journeyboard.testing.NoOpCanvas;

/**
 * Records what a printed page really shows, in page points: lines and filled shapes with their colours, and texts,
 * after the transforms and only where the clip lets them through.
 */
final class PageRecorder extends NoOpCanvas {
    /** A straight line as printed (x1 ≤ x2 for horizontal lines). */
    record Line(double x1, double y1, double x2, double y2, Colour colour) {
        boolean horizontal() {
            return Math.abs(y1 - y2) < 1e-6;
        }

        double length() {
            return Math.hypot(x2 - x1, y2 - y1);
        }
    }

    /** A filled rectangle or path, by its bounding box. */
    record Filled(Rect box, Colour colour) {
    }

    /** A piece of text at its printed place and size. */
    record Text(String text, double x, double y, double size, boolean bold) {
        /** How far the text reaches to the right, measured with the bundled font. */
        double right() {
            return x + org.journeyboard.layout.FontMetrics.of(bold).width(text, size);
        }
    }

    private record State(double tx, double ty, double scale, Rect clip, Colour fill, Colour stroke) {
    }

    final List<Line> lines = new ArrayList<>();
    final List<Filled> filled = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();
    private final Deque<State> stack = new ArrayDeque<>();
    private double tx;
    private double ty;
    private double scale = 1;
    private Rect clip = new Rect(-1e9, -1e9, 2e9, 2e9);
    private Colour fill = new Colour(0, 0, 0);
    private Colour stroke = new Colour(0, 0, 0);
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    private boolean pathEmpty = true;
    /** True: clips are ignored, so that what a clip would hide is recorded too (to prove nothing needs hiding). */
    private boolean ignoreClips;

    private double px(double x) {
        return tx + x * scale;
    }

    private double py(double y) {
        return ty + y * scale;
    }

    @Override
    public void setFill(Colour colour) {
        fill = colour;
    }

    @Override
    public void setStroke(Colour colour) {
        stroke = colour;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        double ax = px(Math.min(x1, x2));
        double bx = px(Math.max(x1, x2));
        double ay = py(x1 <= x2 ? y1 : y2);
        double by = py(x1 <= x2 ? y2 : y1);
        // a line the clip hides entirely is not on paper; one it cuts is shortened to what shows
        if (Math.abs(ay - by) < 1e-6) {
            if (ay < clip.y() - 1e-6 || ay > clip.bottom() + 1e-6) {
                return;
            }
            double from = Math.max(ax, clip.x());
            double to = Math.min(bx, clip.right());
            if (to - from > 1e-6) {
                lines.add(new Line(from, ay, to, by, stroke));
            }
            return;
        }
        if (Math.max(ax, bx) >= clip.x() && Math.min(ax, bx) <= clip.right()
                && Math.max(ay, by) >= clip.y() && Math.min(ay, by) <= clip.bottom()) {
            lines.add(new Line(ax, ay, bx, by, stroke));
        }
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        add(new Rect(px(x), py(y), width * scale, height * scale));
    }

    private void add(Rect box) {
        double x = Math.max(box.x(), clip.x());
        double y = Math.max(box.y(), clip.y());
        double r = Math.min(box.right(), clip.right());
        double b = Math.min(box.bottom(), clip.bottom());
        if (r - x > 1e-6 && b - y > 1e-6) {
            filled.add(new Filled(new Rect(x, y, r - x, b - y), fill));
        }
    }

    @Override
    public void beginPath() {
        pathEmpty = true;
    }

    private void point(double x, double y) {
        double a = px(x);
        double b = py(y);
        if (pathEmpty) {
            minX = maxX = a;
            minY = maxY = b;
            pathEmpty = false;
        } else {
            minX = Math.min(minX, a);
            maxX = Math.max(maxX, a);
            minY = Math.min(minY, b);
            maxY = Math.max(maxY, b);
        }
    }

    @Override
    public void moveTo(double x, double y) {
        point(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        point(x, y);
    }

    @Override
    public void cubicTo(double x1, double y1, double x2, double y2, double x, double y) {
        point(x, y);
    }

    @Override
    public void fillPath() {
        if (!pathEmpty) {
            add(new Rect(minX, minY, maxX - minX, maxY - minY));
        }
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold) {
        double a = px(x);
        double b = py(y);
        if (a <= clip.right() && b >= clip.y() && b <= clip.bottom() + size * scale) {
            texts.add(new Text(text, a, b, size * scale, bold));
        }
    }

    @Override
    public void save() {
        stack.push(new State(tx, ty, scale, clip, fill, stroke));
    }

    @Override
    public void restore() {
        State s = stack.pop();
        tx = s.tx();
        ty = s.ty();
        scale = s.scale();
        clip = s.clip();
        fill = s.fill();
        stroke = s.stroke();
    }

    @Override
    public void translate(double dx, double dy) {
        tx += dx * scale;
        ty += dy * scale;
    }

    @Override
    public void scale(double factor) {
        scale *= factor;
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        if (ignoreClips) {
            return;
        }
        double a = Math.max(clip.x(), px(x));
        double b = Math.max(clip.y(), py(y));
        double r = Math.min(clip.right(), px(x + width));
        double bottom = Math.min(clip.bottom(), py(y + height));
        clip = new Rect(a, b, Math.max(0, r - a), Math.max(0, bottom - b));
    }

    /** Records every page of {@code document}. */
    static List<PageRecorder> record(PrintedPages.Document document) {
        return record(document.pages(), false);
    }

    /** Records every page; with {@code ignoreClips} also what the pages' clips would hide. */
    static List<PageRecorder> record(List<PrintedPage> pages, boolean ignoreClips) {
        List<PageRecorder> recorded = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PageRecorder page = new PageRecorder();
            page.ignoreClips = ignoreClips;
            pages.get(i).drawer().draw(page, i + 1, pages.size());
            recorded.add(page);
        }
        return recorded;
    }
}
