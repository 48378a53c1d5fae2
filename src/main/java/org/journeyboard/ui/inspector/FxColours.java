package org.journeyboard.ui.inspector;

import javafx.scene.paint.Color;
import org.journeyboard.model.Colour;

/** Converts between the model's opaque sRGB colours and JavaFX colours (for colour pickers). */
final class FxColours {
    private FxColours() {
    }

    static Color fx(Colour c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }

    /** The model colour nearest to {@code c}; transparency is dropped, the model has none. */
    static Colour model(Color c) {
        return new Colour(channel(c.getRed()), channel(c.getGreen()), channel(c.getBlue()));
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}
