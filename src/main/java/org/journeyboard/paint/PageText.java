package org.journeyboard.paint;

import java.util.List;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.TextWrap;

/** One line of text fitted to a width, cut with an ellipsis when it is longer: labels of charts and tables. */
public final class PageText {
    private PageText() {
    }

    /** {@code text} on one line within {@code width}, ending in "…" when it had to be cut. */
    public static String fit(String text, FontMetrics font, double size, double width) {
        List<String> lines = TextWrap.wrap(text == null ? "" : text.replace('\n', ' '), font, size, width, 1);
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
