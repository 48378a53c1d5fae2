package org.journeyboard.ui.inspector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.journeyboard.model.Picture;

/**
 * Reads a persona picture from a file, accepting only what a map file may hold: PNG or JPEG (told by the bytes,
 * not the file name) of at most {@link Picture#MAX_BYTES}. Mirrors the file validator's check, so a picture the
 * inspector accepts is never rejected when the map is opened again.
 */
final class PictureFile {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** Why a file was refused, as a key of the inspector bundle. */
    static final class Refused extends Exception {
        private final String textKey;

        Refused(String textKey) {
            super(textKey);
            this.textKey = textKey;
        }

        String textKey() {
            return textKey;
        }
    }

    private PictureFile() {
    }

    static Picture read(Path file) throws Refused {
        byte[] data;
        try {
            if (Files.size(file) > Picture.MAX_BYTES) {
                throw new Refused("picture.error.size");
            }
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Refused("picture.error.read");
        }
        return mediaType(data).map(type -> new Picture(type, data)).orElseThrow(() -> new Refused("picture.error.type"));
    }

    static Optional<String> mediaType(byte[] data) {
        if (startsWith(data, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(data, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }
}
