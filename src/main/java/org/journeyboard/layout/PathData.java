package org.journeyboard.layout;

import java.util.List;

/** A vector path made of moves, straight lines and cubic Bézier segments, in map coordinates. */
public record PathData(List<Op> ops) {
    public PathData {
        ops = List.copyOf(ops);
    }

    /** One step of a path. */
    public sealed interface Op permits MoveTo, LineTo, CubicTo, Close {
    }

    /** Starts a new sub-path at (x, y). */
    public record MoveTo(double x, double y) implements Op {
    }

    /** A straight line to (x, y). */
    public record LineTo(double x, double y) implements Op {
    }

    /** A cubic Bézier segment with control points (x1, y1) and (x2, y2), ending at (x, y). */
    public record CubicTo(double x1, double y1, double x2, double y2, double x, double y) implements Op {
    }

    /** Closes the current sub-path. */
    public record Close() implements Op {
    }
}
