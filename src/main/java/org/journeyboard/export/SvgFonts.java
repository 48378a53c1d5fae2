package org.journeyboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.journeyboard.layout.FontMetrics;

/**
 * The glyphs an SVG uses, embedded in it as a subset of the bundled font, so that a browser without DejaVu Sans
 * still sets the text at exactly the widths the layout measured. Viewers that ignore embedded fonts (Inkscape,
 * LibreOffice) fall back to the installed DejaVu Sans named next in the family list.
 */
final class SvgFonts {
    /** Family name of the embedded subset; distinct, so it never shadows a complete installed font. */
    static final String EMBEDDED_FAMILY = "Journeyboard DejaVu Sans";

    private static final java.util.List<String> TABLES = java.util.List.of("head", "hhea", "maxp", "OS/2", "name",
            "cmap", "post", "loca", "glyf", "hmtx", "cvt ", "fpgm", "prep", "gasp");

    private final Set<Integer> regular = new TreeSet<>();
    private final Set<Integer> bold = new TreeSet<>();

    /** Notes the characters of a text drawn in the given weight. */
    void use(String text, boolean isBold) {
        Set<Integer> set = isBold ? bold : regular;
        text.codePoints().forEach(set::add);
    }

    /** A style element with one @font-face per weight used, or "" when no text was drawn. */
    String styleElement() {
        if (regular.isEmpty() && bold.isEmpty()) {
            return "";
        }
        StringBuilder css = new StringBuilder("<defs><style type=\"text/css\"><![CDATA[\n");
        if (!regular.isEmpty()) {
            face(css, FontMetrics.REGULAR_RESOURCE, regular, "normal");
        }
        if (!bold.isEmpty()) {
            face(css, FontMetrics.BOLD_RESOURCE, bold, "bold");
        }
        return css.append("]]></style></defs>\n").toString();
    }

    private static void face(StringBuilder css, String resource, Set<Integer> codePoints, String weight) {
        css.append("@font-face { font-family: '").append(EMBEDDED_FAMILY).append("'; font-weight: ").append(weight)
                .append("; src: url(data:font/ttf;base64,").append(Base64.getEncoder().encodeToString(
                        subset(resource, codePoints))).append(") format('truetype'); }\n");
    }

    private static byte[] subset(String resource, Set<Integer> codePoints) {
        try (InputStream in = SvgFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the class path: " + resource);
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                // only tables that survive renumbered glyphs; layout tables (GSUB, GPOS, kern) would point at
                // glyphs that no longer exist, and our text is set without kerning anyway
                TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
                subsetter.addAll(codePoints);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset bundled font " + resource, e);
        }
    }
}
