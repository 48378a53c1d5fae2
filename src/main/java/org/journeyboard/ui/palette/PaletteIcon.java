package org.journeyboard.ui.palette;

import javafx.scene.canvas.Canvas;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.CardKind;
import org.journeyboard.paint.Canvas2D;
import org.journeyboard.paint.MapColours;
import org.journeyboard.paint.TouchpointIcons;
import org.journeyboard.ui.FxCanvas2D;
import org.journeyboard.ui.editor.PaletteItem;

/** A small sticky note in the kind's colours with the type icon the map draws, so the palette looks like the map. */
final class PaletteIcon {
    static final double SIZE = 24;
    private static final MapColours COLOURS = MapColours.LIGHT;

    private PaletteIcon() {
    }

    static Canvas of(PaletteItem item) {
        Canvas canvas = new Canvas(SIZE, SIZE);
        Canvas2D g = new FxCanvas2D(canvas.getGraphicsContext2D());
        CardKind kind = item.kind();
        g.setFill(COLOURS.noteFill(kind));
        g.fillRoundRect(1, 1, SIZE - 2, SIZE - 2, 3);
        g.setStroke(COLOURS.noteEdge(kind));
        g.setLineWidth(1.2);
        g.strokeRoundRect(1, 1, SIZE - 2, SIZE - 2, 3);
        if (item.type() != null) {
            TouchpointIcons.draw(g, item.type(), new Rect(4, 4, 16, 16), COLOURS.ink());
        } else {
            // other cards have no icon on the map: three lines of "writing" say sticky note
            g.setStroke(COLOURS.noteEdge(kind));
            g.setLineWidth(1.6);
            g.line(6, 8, 18, 8);
            g.line(6, 12, 18, 12);
            g.line(6, 16, 13, 16);
        }
        return canvas;
    }
}
