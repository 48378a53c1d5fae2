package org.journeyboard.layout;

/** An axis-aligned rectangle in map coordinates (points at 100 % zoom; y grows downwards). */
public record Rect(double x, double y, double width, double height) {
    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + "×" + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }

    /** True when the two rectangles share an area; touching edges do not count. */
    public boolean intersects(Rect o) {
        return o.x < right() && x < o.right() && o.y < bottom() && y < o.bottom();
    }

    /** True when {@code o} lies completely within this rectangle (edges may touch). */
    public boolean encloses(Rect o) {
        return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
    }

    /** This rectangle grown by {@code d} on every side. */
    public Rect inflate(double d) {
        return new Rect(x - d, y - d, Math.max(0, width + 2 * d), Math.max(0, height + 2 * d));
    }
}
