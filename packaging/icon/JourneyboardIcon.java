import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Journeyboard app icon and writes it as PNGs, a Windows .ico and a macOS .icns.
 *
 * <p>Run from the repository root (needs only a JDK, no ImageMagick):
 * {@code java -Djava.awt.headless=true packaging/icon/JourneyboardIcon.java assets/icons}.
 * The output is deterministic, so regenerating an unchanged icon leaves git clean.
 */
public final class JourneyboardIcon {

    /** The drawing is designed on a 512 × 512 grid and scaled to every size. */
    private static final double GRID = 512;

    private static final Color BACKGROUND_TOP = new Color(0x27, 0x4B, 0x7A);
    private static final Color BACKGROUND_BOTTOM = new Color(0x16, 0x2B, 0x4A);
    /** Phase colours: the same three hues the editor uses for its first phases (teal, amber, coral). */
    private static final List<Color> PHASES = List.of(
            new Color(0x2E, 0xC4, 0xB6), new Color(0xF6, 0xB7, 0x3C), new Color(0xF0, 0x6F, 0x5C));
    private static final Color CURVE = new Color(0x1B, 0x33, 0x57);
    /** A white halo keeps the dark curve visible where it crosses the dark gaps between the columns. */
    private static final Color CURVE_HALO = Color.WHITE;

    /** The emotion curve, through one point per phase column plus the two ends: it dips, then rises. */
    private static final List<Point2D> CURVE_POINTS = List.of(
            new Point2D.Double(92, 300), new Point2D.Double(148, 318), new Point2D.Double(256, 346),
            new Point2D.Double(364, 214), new Point2D.Double(420, 136));

    private JourneyboardIcon() {
    }

    public static void main(String[] args) throws IOException {
        Path outDir = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Files.createDirectories(outDir);
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            Files.write(outDir.resolve("journeyboard-" + size + ".png"), png(size));
        }
        Files.write(outDir.resolve("journeyboard.ico"), ico(List.of(16, 24, 32, 48, 64, 128, 256)));
        Files.write(outDir.resolve("journeyboard.icns"), icns());
        System.out.println("icons written to " + outDir.toAbsolutePath());
    }

    /** Renders the icon at {@code size} pixels, square, transparent outside the rounded tile. */
    static BufferedImage render(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            double scale = size / GRID;
            g.scale(scale, scale);
            drawTile(g);
            drawPhaseColumns(g);
            // below 32 px a hairline curve vanishes, so keep it at least about 1.6 device pixels wide
            double curveWidth = Math.max(26, 1.6 / scale);
            drawCurve(g, curveWidth, size >= 48);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawTile(Graphics2D g) {
        // the tile leaves a small margin, as both macOS and Linux icon themes expect
        g.setPaint(new GradientPaint(0, 24, BACKGROUND_TOP, 0, 488, BACKGROUND_BOTTOM));
        g.fill(new RoundRectangle2D.Double(24, 24, 464, 464, 112, 112));
    }

    private static void drawPhaseColumns(Graphics2D g) {
        double left = 84;
        double width = 104;
        double gap = 12;
        double top = 96;
        double bottom = 416;
        double header = 44;
        for (int i = 0; i < PHASES.size(); i++) {
            double x = left + i * (width + gap);
            Color phase = PHASES.get(i);
            // the body is a pale tint of the phase colour, like a card column on paper
            g.setColor(blend(phase, Color.WHITE, 0.62));
            g.fill(new RoundRectangle2D.Double(x, top, width, bottom - top, 22, 22));
            g.setColor(phase);
            g.fill(new RoundRectangle2D.Double(x, top, width, header, 22, 22));
            g.fill(new Rectangle2D.Double(x, top + header / 2, width, header / 2));
        }
    }

    private static void drawCurve(Graphics2D g, double width, boolean withDots) {
        Path2D path = catmullRom(CURVE_POINTS);
        BasicStroke stroke = new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        g.setStroke(new BasicStroke((float) (width * 1.7), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(CURVE_HALO);
        g.draw(path);
        g.setStroke(stroke);
        g.setColor(CURVE);
        g.draw(path);
        if (!withDots) {
            return;
        }
        for (int i = 1; i <= PHASES.size(); i++) {
            Point2D p = CURVE_POINTS.get(i);
            double outer = 25;
            double inner = 13;
            g.setColor(CURVE_HALO);
            g.fill(new Ellipse2D.Double(p.getX() - outer - 6, p.getY() - outer - 6, 2 * outer + 12, 2 * outer + 12));
            g.setColor(CURVE);
            g.fill(new Ellipse2D.Double(p.getX() - outer, p.getY() - outer, 2 * outer, 2 * outer));
            g.setColor(PHASES.get(i - 1));
            g.fill(new Ellipse2D.Double(p.getX() - inner, p.getY() - inner, 2 * inner, 2 * inner));
        }
    }

    private static Color blend(Color from, Color to, double share) {
        return new Color(
                (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * share),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * share),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * share));
    }

    /** A smooth curve through every point (uniform Catmull-Rom turned into cubic Béziers). */
    private static Path2D catmullRom(List<Point2D> points) {
        Path2D path = new Path2D.Double();
        path.moveTo(points.get(0).getX(), points.get(0).getY());
        for (int i = 0; i < points.size() - 1; i++) {
            Point2D p0 = points.get(Math.max(i - 1, 0));
            Point2D p1 = points.get(i);
            Point2D p2 = points.get(i + 1);
            Point2D p3 = points.get(Math.min(i + 2, points.size() - 1));
            path.curveTo(
                    p1.getX() + (p2.getX() - p0.getX()) / 6, p1.getY() + (p2.getY() - p0.getY()) / 6,
                    p2.getX() - (p3.getX() - p1.getX()) / 6, p2.getY() - (p3.getY() - p1.getY()) / 6,
                    p2.getX(), p2.getY());
        }
        return path;
    }

    static byte[] png(int size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(size), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A Windows icon whose entries are PNG-compressed (supported since Windows Vista). */
    static byte[] ico(List<Integer> sizes) {
        List<byte[]> images = sizes.stream().map(JourneyboardIcon::png).toList();
        int headerLength = 6 + 16 * sizes.size();
        int total = headerLength + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        int offset = headerLength;
        for (int i = 0; i < sizes.size(); i++) {
            int size = sizes.get(i);
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 means 256
            out.put((byte) 0).put((byte) 0);            // no palette, reserved
            out.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
            out.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(out::put);
        return out.array();
    }

    /** A macOS icon family; every element type used here takes a PNG payload. */
    static byte[] icns() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024); // 512 pt @2x
        types.put("ic11", 32);   // 16 pt @2x
        types.put("ic12", 64);   // 32 pt @2x
        types.put("ic13", 256);  // 128 pt @2x
        types.put("ic14", 512);  // 256 pt @2x
        Map<Integer, byte[]> rendered = new LinkedHashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        types.forEach((type, size) -> {
            byte[] image = rendered.computeIfAbsent(size, JourneyboardIcon::png);
            body.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(ByteBuffer.allocate(4).putInt(8 + image.length).array()); // big-endian
            body.writeBytes(image);
        });
        ByteBuffer out = ByteBuffer.allocate(8 + body.size());
        out.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(8 + body.size());
        out.put(body.toByteArray());
        return out.array();
    }
}
