package org.journeyboard.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What a map file looked like when it was opened or last saved (size, modification time, SHA-256 of the content),
 * so that saving can warn when another program (a sync tool, a colleague) changed it since. Take a new stamp after
 * every successful save.
 *
 * <p>Only a different size or content counts as a change: a sync tool that merely touches the file must not
 * trigger a warning, so the modification time is kept for telling the user when, not for deciding.
 */
public record FileStamp(long size, Instant modified, String sha256) {

    /** The stamp of the file as it is now. */
    public static FileStamp of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().toInstant(), hash(file));
    }

    /**
     * Whether {@code file} now differs from this stamp: removed, or another size or content. An unreadable file
     * counts as changed, because overwriting what cannot be checked deserves the warning.
     */
    public boolean changedSince(Path file) {
        try {
            if (Files.size(file) != size) {
                return true;
            }
            return !hash(file).equals(sha256);
        } catch (IOException e) {
            return true;
        }
    }

    /** The sentence for the warning before overwriting, in {@code locale}. */
    public static String changedMessage(Path file, Locale locale) {
        Path name = file.getFileName();
        return new Messages(locale).text("file.changedOnDisk", name == null ? file.toString() : name.toString());
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
