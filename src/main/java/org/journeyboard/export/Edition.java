package org.journeyboard.export;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which variant of a document is printed: the plain handout, a worksheet with {@code blanks} left empty, or the
 * answer key that goes with a worksheet (the full map, stamped).
 */
public record Edition(Kind kind, Set<WorksheetPart> blanks) {
    /** The three variants. */
    public enum Kind {
        HANDOUT, WORKSHEET, ANSWER_KEY
    }

    public Edition {
        blanks = blanks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(blanks));
        if (kind == Kind.WORKSHEET && blanks.isEmpty()) {
            throw new IllegalArgumentException("a worksheet needs at least one blank part");
        }
    }

    public static Edition handout() {
        return new Edition(Kind.HANDOUT, Set.of());
    }

    public static Edition worksheet(Set<WorksheetPart> blanks) {
        return new Edition(Kind.WORKSHEET, blanks);
    }

    /** The answer key to a worksheet with {@code blanks}; it shows everything. */
    public static Edition answerKey(Set<WorksheetPart> blanks) {
        return new Edition(Kind.ANSWER_KEY, blanks);
    }

    /** True when {@code part} is left blank in this edition. */
    public boolean hides(WorksheetPart part) {
        return kind == Kind.WORKSHEET && blanks.contains(part);
    }
}
