package org.journeyboard.ui.canvas;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.journeyboard.layout.MapLayout;

/**
 * A picture of the map as last drawn, kept while a drag is under way: as long as the map, the zoom, the scroll
 * position and the size stay the same, each frame of the drag copies this picture instead of drawing every card
 * again, and only the preview is drawn over it. This keeps dragging smooth on maps with thousands of cards.
 */
public final class FrozenMap {
    private WritableImage picture;
    private MapLayout layout;
    private double zoom;
    private double scrollX;
    private double scrollY;
    private double width;
    private double height;
    private double scale;

    /** True when the picture shows exactly this view of this layout. */
    public boolean shows(MapLayout l, double z, double x, double y, double w, double h, double s) {
        return picture != null && layout == l && zoom == z && scrollX == x && scrollY == y && width == w
                && height == h && scale == s;
    }

    /** Copies what {@code canvas} shows now (the map without overlays) as the picture of this view. */
    public void take(Canvas canvas, MapLayout l, double z, double x, double y, double s) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        int pw = (int) Math.ceil(w * s);
        int ph = (int) Math.ceil(h * s);
        if (pw <= 0 || ph <= 0) {
            forget();
            return;
        }
        if (picture == null || (int) picture.getWidth() != pw || (int) picture.getHeight() != ph) {
            picture = new WritableImage(pw, ph);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        params.setTransform(Transform.scale(s, s));
        canvas.snapshot(params, picture);
        layout = l;
        zoom = z;
        scrollX = x;
        scrollY = y;
        width = w;
        height = h;
        scale = s;
    }

    /** Draws the picture at the top left of {@code gc} (in view coordinates). */
    public void draw(GraphicsContext gc) {
        gc.drawImage(picture, 0, 0, width, height);
    }

    /** Drops the picture (the drag ended): memory is not held between drags. */
    public void forget() {
        picture = null;
        layout = null;
    }
}
