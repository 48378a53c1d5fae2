package org.journeyboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.paint.MapPainter;
import org.journeyboard.paint.Glyphs;

/** Writes a map as an SVG picture at the map's own size (one unit per point), drawn by the shared painter. */
public final class SvgExport {
    private SvgExport() {
    }

    /** The SVG document of {@code map}; {@code transparent} leaves out the white background. */
    public static String toSvg(JourneyMap map, boolean transparent) {
        MapLayout layout = MapLayout.of(map);
        String w = SvgCanvas2D.num(Math.ceil(layout.width()));
        String h = SvgCanvas2D.num(Math.ceil(layout.height()));
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                        + " version=\"1.1\" width=\"").append(w)
                .append("pt\" height=\"").append(h).append("pt\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" xml:lang=\"").append(map.language().code()).append("\">\n")
                .append("<title>").append(SvgCanvas2D.escape(Glyphs.drawable(map.title(), FontMetrics.regular())))
                .append("</title>\n");
        if (!transparent) {
            sb.append("<rect x=\"0\" y=\"0\" width=\"").append(w).append("\" height=\"").append(h)
                    .append("\" fill=\"#FFFFFF\"/>\n");
        }
        int contentStart = sb.length();
        SvgCanvas2D canvas = new SvgCanvas2D(sb);
        new MapPainter().paint(layout, canvas);
        canvas.finish();
        // the fonts go before the content, but which glyphs they need is known only after drawing
        sb.insert(contentStart, canvas.fontStyle());
        sb.append("</svg>\n");
        return sb.toString();
    }

    /** Writes the SVG of {@code map} to {@code out} (left open) in UTF-8. */
    public static void write(JourneyMap map, boolean transparent, OutputStream out) throws IOException {
        out.write(toSvg(map, transparent).getBytes(StandardCharsets.UTF_8));
    }
}
