package org.journeyboard.export;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a worksheet leaves blank for students to fill in. */
public enum WorksheetPart {
    /** The phase names in the column headers. */
    PHASES("phases"),
    /** The titles of all cards. */
    CARDS("cards"),
    /** The emotion curves (students draw them into the empty band). */
    CURVE("curve"),
    /** Each phase's goal and strategies. */
    GOALS("goals");

    private final String code;

    WorksheetPart(String code) {
        this.code = code;
    }

    /** The name used on the command line. */
    public String code() {
        return code;
    }

    /** Parses a comma-separated list such as "phases,cards"; throws IllegalArgumentException naming the choices. */
    public static Set<WorksheetPart> parseList(String text) {
        Set<WorksheetPart> parts = EnumSet.noneOf(WorksheetPart.class);
        for (String item : text.split(",")) {
            String code = item.trim().toLowerCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            WorksheetPart found = null;
            for (WorksheetPart p : values()) {
                if (p.code.equals(code)) {
                    found = p;
                }
            }
            if (found == null) {
                throw ExportMessages.wrong("worksheet.unknownPart", item.trim());
            }
            parts.add(found);
        }
        if (parts.isEmpty()) {
            throw ExportMessages.wrong("worksheet.noPart");
        }
        return parts;
    }
}
