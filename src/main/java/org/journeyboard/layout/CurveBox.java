package org.journeyboard.layout;

import java.util.List;
import org.journeyboard.model.Colour;

/** One emotion curve as drawn: a smooth path through its points, in the curve's colour. */
public record CurveBox(String curveId, String name, Colour colour, PathData path, List<CurvePointBox> points) {
    public CurveBox {
        points = List.copyOf(points);
    }
}
