package org.journeyboard.paint;

import org.journeyboard.layout.Rect;
import org.journeyboard.model.Picture;

/**
 * Reads a picture's pixel size from its PNG or JPEG header (no decoder, no display needed) and frames it into a box
 * the way a profile photo is framed: scaled to cover the box, centred, the overflow cropped by the caller's clip.
 */
public final class PictureFraming {
    private PictureFraming() {
    }

    /** Width and height in pixels, or null when the header is not a PNG or baseline/progressive JPEG. */
    public static int[] pixelSize(Picture picture) {
        byte[] d = picture.data();
        if (d.length >= 24 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            int w = int32(d, 16);
            int h = int32(d, 20);
            return w > 0 && h > 0 ? new int[] {w, h} : null;
        }
        if (d.length >= 4 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8) {
            return jpegSize(d);
        }
        return null;
    }

    /** The rectangle to draw the picture into so that it covers {@code box} with its aspect ratio kept. */
    public static Rect cover(Picture picture, Rect box) {
        int[] size = pixelSize(picture);
        if (size == null) {
            return box;
        }
        double scale = Math.max(box.width() / size[0], box.height() / size[1]);
        double w = size[0] * scale;
        double h = size[1] * scale;
        return new Rect(box.centerX() - w / 2, box.y() + (box.height() - h) / 2, w, h);
    }

    private static int[] jpegSize(byte[] d) {
        int i = 2;
        while (i + 9 < d.length) {
            if ((d[i] & 0xff) != 0xFF) {
                return null;
            }
            int marker = d[i + 1] & 0xff;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = ((d[i + 2] & 0xff) << 8) | (d[i + 3] & 0xff);
            // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC)
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                int h = ((d[i + 5] & 0xff) << 8) | (d[i + 6] & 0xff);
                int w = ((d[i + 7] & 0xff) << 8) | (d[i + 8] & 0xff);
                return w > 0 && h > 0 ? new int[] {w, h} : null;
            }
            if (length < 2) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }

    private static int int32(byte[] d, int at) {
        return ((d[at] & 0xff) << 24) | ((d[at + 1] & 0xff) << 16) | ((d[at + 2] & 0xff) << 8) | (d[at + 3] & 0xff);
    }
}
