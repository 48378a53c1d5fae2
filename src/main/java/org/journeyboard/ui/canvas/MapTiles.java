package org.journeyboard.ui.canvas;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.paint.MapPainter;
import org.journeyboard.ui.FxCanvas2D;

/**
 * Pictures of the map in square tiles of {@value #TILE} device pixels at the current zoom, so that a frame copies a
 * dozen or two images instead of rasterising every note, text line, face and icon again (in the software pipeline
 * that rasterising is most of a frame). Tiles sit on a grid of whole device pixels anchored at the map's origin and
 * are drawn 1:1 at whole device pixels ({@link #snap}), so a copied tile has exactly the pixels that drawing the map
 * there would have given: no resampling, no blur, at any zoom and output scale.
 *
 * <p>Tiles are painted by the same {@link MapPainter} through {@link FxCanvas2D} as before, onto an off-screen
 * canvas: all tiles that a frame misses together, as one block with one snapshot, which is then cut into tiles. Pictures are dropped when the zoom, the output scale or the painter changes;
 * a new layout keeps the tiles where it draws the same ({@link ChangedAreas}: after most edits only the tiles of the
 * changed cards are painted again). Selection, previews and other overlays are not in the tiles; they are drawn over
 * them every frame. At most a few views' worth of tiles are kept (least recently used go first), so memory is bounded
 * by the window size, not by the map.
 */
public final class MapTiles {
    /** Edge of a tile in device pixels. */
    public static final int TILE = 256;
    /** Tiles kept at least, and how many views' worth of tiles are kept when a view needs more. */
    private static final int MIN_KEPT = 48;
    private static final int VIEWS_KEPT = 3;
    /** Beyond this many changed areas dropping everything is cheaper than testing each tile against each. */
    private static final int MAX_AREAS = 2000;
    /** Map units a tile paints beyond its edges, so that shadows and glyphs reaching in from outside are there. */
    private static final double OVERLAP = 8;

    private final Canvas easel = new Canvas(TILE, TILE);
    private final byte[] buffer = new byte[TILE * TILE * 4];
    /** Block pictures by size, the few most recently used (sizes come from the view: row, column, whole view). */
    private final Map<Size, WritableImage> blocks = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Size, WritableImage> eldest) {
            return size() > 4;
        }
    };
    private final Map<Long, WritableImage> tiles = new LinkedHashMap<>(128, 0.75f, true);
    private MapLayout layout;
    private MapPainter painter;
    private double zoom;
    private double scale;
    private int kept = MIN_KEPT;
    private int painted;

    /**
     * The scroll position {@code scroll} (map units) moved to the nearest whole device pixel at this zoom and output
     * scale: the map is drawn from there so that tiles land on whole pixels. Overlays use the same origin.
     */
    public static double snap(double scroll, double zoom, double scale) {
        double k = zoom * scale;
        return Math.round(scroll * k) / k;
    }

    /**
     * Draws the part of {@code l} that a view of {@code viewW}×{@code viewH} (canvas units) shows from the map point
     * ({@code x}, {@code y}) — already {@linkplain #snap snapped} — at {@code z} on an output of scale {@code s}, on a
     * canvas already filled white, painting the tiles that are missing and copying the others. Returns false and
     * draws nothing when none of the view's tiles is held (a new zoom, map or structure): painting all of them costs
     * more than painting the view directly, so the caller does that and calls {@link #fillRow} once the frame is out.
     */
    public boolean paint(GraphicsContext gc, MapLayout l, MapPainter p, double z, double s, double x, double y,
                         double viewW, double viewH) {
        follow(l, p, z, s);
        View v = view(l, x, y, viewW, viewH);
        if (v.held == 0 && v.missing()) {
            return false;
        }
        renderMissing(v);
        double edge = TILE / s;
        for (long r = v.r0; r <= v.r1; r++) {
            for (long c = v.c0; c <= v.c1; c++) {
                WritableImage tile = tiles.get(key(c, r));
                if (tile != null) {
                    gc.drawImage(tile, (c * TILE - v.ox) / s, (r * TILE - v.oy) / s, edge, edge);
                }
            }
        }
        trim();
        return true;
    }

    /**
     * Paints the first row of the tiles that this view misses, drawing nothing (after {@link #paint} declined a cold
     * view); returns whether tiles of the view are still missing. One row at a time, so that the events in between
     * (a key, the pointer) wait for one row, not for a whole view of tiles.
     */
    public boolean fillRow(MapLayout l, MapPainter p, double z, double s, double x, double y, double viewW,
                           double viewH) {
        follow(l, p, z, s);
        View v = view(l, x, y, viewW, viewH);
        if (v.missing()) {
            render(v.mc0, v.mr0, v.mc1, v.mr0, v.drawn);
        }
        trim();
        return view(l, x, y, viewW, viewH).missing();
    }

    /** The tiles of a view and, among them, the block of those missing (mc0 > mc1 when none is). */
    private record View(long c0, long r0, long c1, long r1, long ox, long oy, int held, long mc0, long mr0, long mc1,
                        long mr1, Rect drawn) {
        boolean missing() {
            return mc0 <= mc1;
        }
    }

    private View view(MapLayout l, double x, double y, double viewW, double viewH) {
        double k = zoom * scale;
        long ox = Math.round(x * k);
        long oy = Math.round(y * k);
        long c0 = Math.floorDiv(ox, TILE);
        long r0 = Math.floorDiv(oy, TILE);
        long c1 = Math.floorDiv(ox + (long) Math.ceil(viewW * scale) - 1, TILE);
        long r1 = Math.floorDiv(oy + (long) Math.ceil(viewH * scale) - 1, TILE);
        kept = (int) Math.max(MIN_KEPT, VIEWS_KEPT * (c1 - c0 + 1) * (r1 - r0 + 1));
        Rect drawn = l.bounds().inflate(OVERLAP);
        // the tiles that are missing are painted together, as one block: one snapshot instead of one per tile
        long mc0 = Long.MAX_VALUE;
        long mr0 = Long.MAX_VALUE;
        long mc1 = Long.MIN_VALUE;
        long mr1 = Long.MIN_VALUE;
        int held = 0;
        for (long r = r0; r <= r1; r++) {
            for (long c = c0; c <= c1; c++) {
                if (tiles.containsKey(key(c, r))) {
                    held++;
                } else if (area(c, r, k).intersects(drawn)) {
                    mc0 = Math.min(mc0, c);
                    mr0 = Math.min(mr0, r);
                    mc1 = Math.max(mc1, c);
                    mr1 = Math.max(mr1, r);
                }
            }
        }
        return new View(c0, r0, c1, r1, ox, oy, held, mc0, mr0, mc1, mr1, drawn);
    }

    private void renderMissing(View v) {
        if (v.missing()) {
            render(v.mc0, v.mr0, v.mc1, v.mr1, v.drawn);
        }
    }

    /** Drops every picture (e.g. when the map is closed). */
    public void forget() {
        tiles.clear();
        layout = null;
    }

    /** How many tiles have been painted so far (not copied from the cache), for tests and benchmarks. */
    public int painted() {
        return painted;
    }

    /** How many tile pictures are held now. */
    public int held() {
        return tiles.size();
    }

    private void follow(MapLayout l, MapPainter p, double z, double s) {
        if (p != painter || z != zoom || s != scale) {
            tiles.clear();
            painter = p;
            zoom = z;
            scale = s;
        } else if (l != layout) {
            Optional<List<Rect>> changed = ChangedAreas.between(layout, l);
            if (changed.isEmpty() || changed.get().size() > MAX_AREAS) {
                tiles.clear();
            } else if (!changed.get().isEmpty()) {
                double k = z * s;
                tiles.keySet().removeIf(key -> {
                    Rect tile = area(column(key), row(key), k).inflate(OVERLAP);
                    return changed.get().stream().anyMatch(tile::intersects);
                });
            }
        }
        layout = l;
    }

    /**
     * Paints the tiles from column c0, row r0 to column c1, row r1 with the map's painter, exactly as the canvas would
     * draw that part of the map, and keeps each one that shows part of the map (area {@code drawn}).
     */
    private void render(long c0, long r0, long c1, long r1, Rect drawn) {
        int w = (int) (c1 - c0 + 1) * TILE;
        int h = (int) (r1 - r0 + 1) * TILE;
        if (easel.getWidth() < w || easel.getHeight() < h) {
            easel.setWidth(Math.max(w, easel.getWidth()));
            easel.setHeight(Math.max(h, easel.getHeight()));
        }
        double k = zoom * scale;
        Rect blockArea = new Rect(c0 * TILE / k, r0 * TILE / k, w / k, h / k);
        GraphicsContext g = easel.getGraphicsContext2D();
        Color paper = FxCanvas2D.fx(painter.colours().paper());
        g.setFill(paper);
        g.fillRect(0, 0, w, h);
        g.save();
        g.beginPath();
        g.rect(0, 0, w, h);
        g.clip();
        g.beginPath();
        g.scale(k, k);
        g.translate(-blockArea.x(), -blockArea.y());
        painter.atDeviceScale(zoom).paint(layout, new FxCanvas2D(g), blockArea.inflate(OVERLAP));
        g.restore();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(paper);
        params.setViewport(new Rectangle2D(0, 0, w, h));
        // pictures of a block's size and the copy buffer are kept: megabyte-sized arrays made on every cold frame kept
        // the garbage collector busy (G1 humongous allocations; pauses of hundreds of ms on a loaded machine). The
        // size of the image is the area a snapshot renders, so each size has its own (a row, a column, a view, …).
        WritableImage block = blocks.computeIfAbsent(new Size(w, h), size -> new WritableImage(w, h));
        PixelReader pixels = easel.snapshot(params, block).getPixelReader();
        for (long r = r0; r <= r1; r++) {
            for (long c = c0; c <= c1; c++) {
                if (area(c, r, k).intersects(drawn)) {
                    int x = (int) (c - c0) * TILE;
                    int y = (int) (r - r0) * TILE;
                    // copied as the snapshot's own format (premultiplied BGRA): a bulk copy, no conversion
                    pixels.getPixels(x, y, TILE, TILE, PixelFormat.getByteBgraPreInstance(), buffer, 0, TILE * 4);
                    WritableImage tile = new WritableImage(TILE, TILE);
                    tile.getPixelWriter().setPixels(0, 0, TILE, TILE, PixelFormat.getByteBgraPreInstance(), buffer, 0,
                            TILE * 4);
                    tiles.put(key(c, r), tile);
                    painted++;
                }
            }
        }
    }

    private void trim() {
        Iterator<Long> oldest = tiles.keySet().iterator();
        while (tiles.size() > kept && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private record Size(int width, int height) {
    }

    /** The map area of tile (c, r) at device pixels per map unit {@code k}. */
    private static Rect area(long c, long r, double k) {
        return new Rect(c * TILE / k, r * TILE / k, TILE / k, TILE / k);
    }

    private static long key(long c, long r) {
        return (c << 32) | (r & 0xFFFFFFFFL);
    }

    private static long column(long key) {
        return key >> 32;
    }

    private static long row(long key) {
        return (int) key;
    }
}
