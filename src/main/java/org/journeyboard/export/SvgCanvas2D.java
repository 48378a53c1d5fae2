package org.journeyboard.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.model.Colour;
import org.journeyboard.model.Picture;
import org.journeyboard.paint.Canvas2D;
import org.journeyboard.paint.Glyphs;

/**
 * A {@link Canvas2D} that writes SVG elements: shapes as paths, text as real text in DejaVu Sans (so it can be
 * searched and edited in Inkscape), transforms and clips as nested groups.
 */
public final class SvgCanvas2D implements Canvas2D {
    /** The font family named on every text element. */
    public static final String FONT_FAMILY = "'" + SvgFonts.EMBEDDED_FAMILY
            + "', 'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";

    private final StringBuilder out;
    private final StringBuilder path = new StringBuilder();
    private final SvgFonts fonts = new SvgFonts();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State(new Colour(0, 0, 0), new Colour(0, 0, 0), 1, "", 0);
    private int clips;

    /** Paint state; {@code groups} counts the groups opened since the matching save, closed on restore. */
    private record State(Colour fill, Colour stroke, double lineWidth, String dashes, int groups) {
        State withGroups(int g) {
            return new State(fill, stroke, lineWidth, dashes, g);
        }
    }

    /** A canvas appending elements to {@code out} (the caller writes the svg element around them). */
    public SvgCanvas2D(StringBuilder out) {
        this.out = out;
    }

    @Override
    public void setFill(Colour colour) {
        state = new State(colour, state.stroke, state.lineWidth, state.dashes, state.groups);
    }

    @Override
    public void setStroke(Colour colour) {
        state = new State(state.fill, colour, state.lineWidth, state.dashes, state.groups);
    }

    @Override
    public void setLineWidth(double width) {
        state = new State(state.fill, state.stroke, width, state.dashes, state.groups);
    }

    @Override
    public void setDashes(double... pattern) {
        StringBuilder sb = new StringBuilder();
        for (double d : pattern) {
            sb.append(sb.length() == 0 ? "" : " ").append(num(d));
        }
        state = new State(state.fill, state.stroke, state.lineWidth, sb.toString(), state.groups);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(width)).append("\" height=\"").append(num(height)).append("\" fill=\"")
                .append(state.fill.hex()).append("\"/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(width)).append("\" height=\"").append(num(height)).append("\" fill=\"none\"");
        strokeAttributes();
        out.append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append('"');
        strokeAttributes();
        out.append("/>\n");
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        path.append('M').append(num(x)).append(' ').append(num(y));
    }

    @Override
    public void lineTo(double x, double y) {
        path.append('L').append(num(x)).append(' ').append(num(y));
    }

    @Override
    public void cubicTo(double x1, double y1, double x2, double y2, double x, double y) {
        path.append('C').append(num(x1)).append(' ').append(num(y1)).append(' ').append(num(x2)).append(' ')
                .append(num(y2)).append(' ').append(num(x)).append(' ').append(num(y));
    }

    @Override
    public void closePath() {
        path.append('Z');
    }

    @Override
    public void fillPath() {
        if (path.length() > 0) {
            out.append("<path d=\"").append(path).append("\" fill=\"").append(state.fill.hex()).append("\"/>\n");
        }
    }

    @Override
    public void strokePath() {
        if (path.length() > 0) {
            out.append("<path d=\"").append(path).append("\" fill=\"none\"");
            strokeAttributes();
            out.append("/>\n");
        }
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-family=\"")
                .append(FONT_FAMILY).append("\" font-size=\"").append(num(size)).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        String drawable = Glyphs.drawable(text, FontMetrics.of(bold));
        fonts.use(drawable, bold);
        out.append(" fill=\"").append(state.fill.hex()).append("\" xml:space=\"preserve\">")
                .append(escape(drawable)).append("</text>\n");
    }

    @Override
    public void drawImage(Picture picture, double x, double y, double width, double height) {
        String type = picture.mediaType().isEmpty() ? "image/png" : picture.mediaType();
        // both href spellings: SVG 2 readers (browsers) take the plain one, SVG 1.1 readers the xlink one
        String uri = "data:" + escape(type) + ";base64," + java.util.Base64.getEncoder().encodeToString(picture.data());
        out.append("<image x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(width)).append("\" height=\"").append(num(height))
                .append("\" preserveAspectRatio=\"none\" href=\"").append(uri).append("\" xlink:href=\"").append(uri)
                .append("\"/>\n");
    }

    @Override
    public void save() {
        saved.push(state);
        state = state.withGroups(0);
    }

    @Override
    public void restore() {
        for (int i = 0; i < state.groups; i++) {
            out.append("</g>\n");
        }
        state = saved.pop();
    }

    @Override
    public void translate(double dx, double dy) {
        openGroup("transform=\"translate(" + num(dx) + " " + num(dy) + ")\"");
    }

    @Override
    public void scale(double factor) {
        openGroup("transform=\"scale(" + num(factor) + ")\"");
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        String id = "clip" + ++clips;
        out.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\"/></clipPath>\n");
        openGroup("clip-path=\"url(#" + id + ")\"");
    }

    /** The embedded font subsets of the glyphs drawn so far, as a style element for the document's start. */
    public String fontStyle() {
        return fonts.styleElement();
    }

    /** Closes the groups still open (for a caller that did not balance save and restore). */
    public void finish() {
        while (!saved.isEmpty()) {
            restore();
        }
        for (int i = 0; i < state.groups; i++) {
            out.append("</g>\n");
        }
        state = state.withGroups(0);
    }

    private void openGroup(String attributes) {
        out.append("<g ").append(attributes).append(">\n");
        state = state.withGroups(state.groups + 1);
    }

    private void strokeAttributes() {
        out.append(" stroke=\"").append(state.stroke.hex()).append("\" stroke-width=\"").append(num(state.lineWidth))
                .append('"');
        if (!state.dashes.isEmpty()) {
            out.append(" stroke-dasharray=\"").append(state.dashes).append('"');
        }
    }

    /** A number with at most two decimals and no trailing zeros: enough for print, small in the file. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.indexOf('.') < 0 ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    /** Escapes XML's special characters in text content and attribute values. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
