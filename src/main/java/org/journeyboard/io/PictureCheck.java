package org.journeyboard.io;

/** Whether picture bytes really are the image type they claim, by the format's magic bytes. */
final class PictureCheck {
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private PictureCheck() {
    }

    static boolean matches(String mediaType, byte[] data) {
        return switch (mediaType) {
            case PNG -> startsWith(data, PNG_MAGIC);
            case JPEG -> startsWith(data, JPEG_MAGIC);
            default -> false;
        };
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
