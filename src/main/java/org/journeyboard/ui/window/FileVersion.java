package org.journeyboard.ui.window;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a map file looked like when the window read or wrote it (size and content hash), to warn before saving over
 * a file another program changed meanwhile. A sync tool that only touches the file does not count as a change.
 */
record FileVersion(long size, byte[] sha256) {
    /** The version of {@code file} as it is now; null when it cannot be read. */
    static FileVersion of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
            return new FileVersion(size, digest.digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether {@code file} now differs from this version (removed, unreadable, other content). */
    boolean changedIn(Path file) {
        FileVersion now = of(file);
        return now == null || now.size != size || !Arrays.equals(now.sha256, sha256);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileVersion v && v.size == size && Arrays.equals(v.sha256, sha256);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + Arrays.hashCode(sha256);
    }
}
