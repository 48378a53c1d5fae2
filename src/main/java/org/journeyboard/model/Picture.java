package org.journeyboard.model;

import java.util.Arrays;

/** A persona's picture: PNG or JPEG bytes (at most {@link #MAX_BYTES}), checked by the file validator. */
public record Picture(String mediaType, byte[] data) {
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public Picture {
        mediaType = Text.orEmpty(mediaType);
        data = data == null ? new byte[0] : data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int size() {
        return data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Picture p && p.mediaType.equals(mediaType) && Arrays.equals(p.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Picture[" + mediaType + ", " + data.length + " bytes]";
    }
}
