package org.journeyboard.testing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** A disk that fills up: the streams it hands out take so many bytes, then fail as a full disk does. */
public final class FullDisk {
    private FullDisk() {
    }

    /** Every stream passes {@code bytes} bytes, then throws "No space left on device". */
    public static UnaryOperator<OutputStream> after(long bytes) {
        return out -> new Filling(out, bytes);
    }

    /** The first {@code healthy} streams are written whole; the next one fails after {@code bytes} bytes. */
    public static UnaryOperator<OutputStream> inStream(int healthy, long bytes) {
        AtomicInteger opened = new AtomicInteger();
        return out -> opened.getAndIncrement() < healthy ? out : new Filling(out, bytes);
    }

    private static final class Filling extends FilterOutputStream {
        private long room;

        Filling(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int fits = (int) Math.min(len, room);
            out.write(b, off, fits);
            room -= fits;
            if (fits < len) {
                throw new IOException("No space left on device");
            }
        }
    }
}
