package org.journeyboard.io;

import java.util.zip.CRC32;

/**
 * Whether picture bytes really are a PNG or JPEG image of a sensible size, by their structure, without decoding
 * them: a PNG starts with its signature and an intact IHDR header and ends with IEND; a JPEG starts with SOI, has
 * a frame header before its scan, and ends with EOI. The pixel limits keep a small file that unpacks into
 * gigabytes (a decompression bomb) from ever reaching an image decoder.
 */
final class PictureCheck {
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    /** Longest side accepted; a persona picture is shown a few centimetres wide. */
    static final int MAX_SIDE = 8192;
    /** About a 24-megapixel photo, under 100 MB once decoded. */
    static final long MAX_PIXELS = 24_000_000L;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    /** What the check found: a good picture, a damaged or foreign one, or one with too many pixels. */
    enum Verdict {
        OK, NOT_IMAGE, TOO_MANY_PIXELS
    }

    private PictureCheck() {
    }

    static boolean matches(String mediaType, byte[] data) {
        return check(mediaType, data) == Verdict.OK;
    }

    static Verdict check(String mediaType, byte[] data) {
        return switch (mediaType) {
            case PNG -> png(data);
            case JPEG -> jpeg(data);
            default -> Verdict.NOT_IMAGE;
        };
    }

    private static Verdict png(byte[] d) {
        if (d.length < PNG_MAGIC.length + 25 + PNG_IEND.length || !startsWith(d, PNG_MAGIC)
                || int32(d, 8) != 13 || d[12] != 'I' || d[13] != 'H' || d[14] != 'D' || d[15] != 'R') {
            return Verdict.NOT_IMAGE;
        }
        CRC32 crc = new CRC32();
        crc.update(d, 12, 17);
        if ((int) crc.getValue() != int32(d, 29)) {
            return Verdict.NOT_IMAGE;
        }
        for (int i = 0; i < PNG_IEND.length; i++) {
            if (d[d.length - PNG_IEND.length + i] != PNG_IEND[i]) {
                return Verdict.NOT_IMAGE;
            }
        }
        return size(int32(d, 16), int32(d, 20));
    }

    private static Verdict jpeg(byte[] d) {
        if (d.length < 4 || (d[0] & 0xff) != 0xFF || (d[1] & 0xff) != 0xD8) {
            return Verdict.NOT_IMAGE;
        }
        int end = d.length;
        while (end > 2 && d[end - 1] == 0) {
            end--; // some writers pad after the end marker
        }
        if ((d[end - 2] & 0xff) != 0xFF || (d[end - 1] & 0xff) != 0xD9) {
            return Verdict.NOT_IMAGE;
        }
        int pos = 2;
        while (pos + 4 <= end) {
            if ((d[pos] & 0xff) != 0xFF) {
                return Verdict.NOT_IMAGE;
            }
            int marker = d[pos + 1] & 0xff;
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                pos += 2; // markers without a length
                continue;
            }
            if (marker == 0xD8 || marker == 0xD9 || marker == 0xDA) {
                return Verdict.NOT_IMAGE; // the scan or the end came before any frame header
            }
            int length = (d[pos + 2] & 0xff) << 8 | d[pos + 3] & 0xff;
            if (length < 2 || pos + 2 + length > end) {
                return Verdict.NOT_IMAGE;
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (length < 8) {
                    return Verdict.NOT_IMAGE;
                }
                int height = (d[pos + 5] & 0xff) << 8 | d[pos + 6] & 0xff;
                int width = (d[pos + 7] & 0xff) << 8 | d[pos + 8] & 0xff;
                return size(width, height);
            }
            pos += 2 + length;
        }
        return Verdict.NOT_IMAGE;
    }

    private static Verdict size(long width, long height) {
        if (width < 1 || height < 1) {
            return Verdict.NOT_IMAGE;
        }
        return width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS
                ? Verdict.TOO_MANY_PIXELS : Verdict.OK;
    }

    private static int int32(byte[] d, int at) {
        return (d[at] & 0xff) << 24 | (d[at + 1] & 0xff) << 16 | (d[at + 2] & 0xff) << 8 | d[at + 3] & 0xff;
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
