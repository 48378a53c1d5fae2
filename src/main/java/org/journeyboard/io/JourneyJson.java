package org.journeyboard.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.journeyboard.model.JourneyMap;

/** The map file format in memory: a map to its JSON text and back (see src/site/markdown/file-format.md). */
public final class JourneyJson {
    /** The format version this Journeyboard writes; it reads this one and migrates older ones. */
    public static final int FORMAT_VERSION = 1;

    private JourneyJson() {
    }

    /** The file text of a map: UTF-8-ready, two-space indent, LF line ends, a trailing newline. */
    public static String write(JourneyMap map) {
        return new String(bytes(map), StandardCharsets.UTF_8);
    }

    /** The file content of a map, as UTF-8 bytes (what {@link #write} returns, encoded). */
    public static byte[] bytes(JourneyMap map) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192 + map.cards().size() * 256);
        try {
            MapWriter.write(map, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reads and validates a map from file text; messages in the default locale name {@code fileName}. */
    public static JourneyMap read(String json, String fileName) throws JourneyFileException {
        return read(json, fileName, Locale.getDefault());
    }

    /** Reads and validates a map from file text, with messages in {@code locale}. */
    public static JourneyMap read(String json, String fileName, Locale locale) throws JourneyFileException {
        return MapReader.CURRENT.read(json, fileName, new Messages(locale));
    }

    /** Reads and validates a map from the bytes of a file (UTF-8; a byte-order mark is skipped). */
    public static JourneyMap read(byte[] fileBytes, String fileName, Locale locale) throws JourneyFileException {
        return MapReader.CURRENT.read(fileBytes, fileName, new Messages(locale));
    }
}
