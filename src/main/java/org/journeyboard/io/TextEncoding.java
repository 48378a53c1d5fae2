package org.journeyboard.io;

/** Checks that a file's bytes are meant as UTF-8: a UTF-8 byte-order mark is skipped, UTF-16/32 is refused. */
final class TextEncoding {
    private TextEncoding() {
    }

    /** Where the JSON text starts (3 after a UTF-8 BOM, else 0), or -1 if the bytes are not UTF-8 text. */
    static int start(byte[] b, int length) {
        if (length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return 3;
        }
        if (length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return -1;
        }
        // UTF-16 and UTF-32 text starting with ASCII (as JSON does) has zero bytes among its first four
        for (int i = 0; i < Math.min(4, length); i++) {
            if (b[i] == 0) {
                return -1;
            }
        }
        return 0;
    }
}
