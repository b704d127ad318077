package org.selfeval.extract;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/** SHA-256 of file content: the identity of a submitted report everywhere in selfeval. */
public final class Hashing {
    private Hashing() {
    }

    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    /**
     * The same as {@link #sha256(byte[])} of the file's bytes, streamed: only a regular file (no link
     * followed, no FIFO or device), refused as TOO_LARGE from its size before any read, at most
     * {@code maxBytes} read even if it grows, and within {@code limit} (a stuck mount).
     */
    public static String sha256(Path file, long maxBytes, Duration limit) throws ExtractionException {
        try {
            return TimeLimiter.call("sha256-" + file.getFileName(), Deadline.in(limit), () -> {
                MessageDigest digest = digest();
                long total = 0;
                try (InputStream in = InputGate.open(file, maxBytes)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                        if (total > maxBytes) {
                            throw InputGate.tooLarge(total, maxBytes);
                        }
                        digest.update(buffer, 0, n);
                    }
                }
                return HexFormat.of().formatHex(digest.digest());
            });
        } catch (ExtractionException e) {
            throw e;
        } catch (Exception e) {
            throw new ExtractionException(FailureCode.IO, "cannot read: " + e.getClass().getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 of a text's UTF-8 bytes, for ids derived from names and keys. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }
}
