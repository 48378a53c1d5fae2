package org.journeyboard.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Real PNG and JPEG files made by Java's own encoders, for tests that need pictures a decoder would accept. */
final class TinyPictures {
    private TinyPictures() {
    }

    static byte[] png(int width, int height) {
        return encode("png", width, height);
    }

    static byte[] jpeg(int width, int height) {
        return encode("jpeg", width, height);
    }

    /** A header that claims {@code width × height}, as a decompression bomb does, with a valid structure around it. */
    static byte[] pngClaiming(int width, int height) {
        byte[] data = png(1, 1);
        writeInt(data, 16, width);
        writeInt(data, 20, height);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data, 12, 17);
        writeInt(data, 29, (int) crc.getValue());
        return data;
    }

    static byte[] truncated(byte[] data) {
        return Arrays.copyOf(data, data.length / 2);
    }

    private static void writeInt(byte[] d, int at, int v) {
        d[at] = (byte) (v >>> 24);
        d[at + 1] = (byte) (v >>> 16);
        d[at + 2] = (byte) (v >>> 8);
        d[at + 3] = (byte) v;
    }

    private static byte[] encode(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 37 + y * 91) & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
