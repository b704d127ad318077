package org.selfeval.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one rule for what selfeval reads: a regular file, looked at without following links. A
 * link could point outside the given folder (a secret) and a FIFO or device never ends, so both
 * are refused as {@link FailureCode#IO} from their attributes, before a single byte is read.
 */
public final class InputGate {

    /** What a submitter reads for an entry that is not a regular file. */
    static final String NOT_A_FILE = "不是普通文件（符号链接、管道或设备文件），未读取其内容。请提交文件本身。";

    private InputGate() {
    }

    /** @return the file's size, from its attributes */
    public static long requireRegularFile(Path path) throws ExtractionException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new ExtractionException(FailureCode.IO, "no such file");
        } catch (IOException e) {
            throw new ExtractionException(FailureCode.IO, "cannot read attributes: " + e.getClass().getSimpleName());
        }
        if (attrs.isSymbolicLink()) {
            throw new ExtractionException(FailureCode.IO, "symbolic link, not followed").withUserMessage(NOT_A_FILE);
        }
        if (attrs.isDirectory()) {
            throw new ExtractionException(FailureCode.IO, "folder that cannot be read");
        }
        if (!attrs.isRegularFile()) {
            throw new ExtractionException(FailureCode.IO, "not a regular file (FIFO, device or socket)")
                    .withUserMessage(NOT_A_FILE);
        }
        if (!Files.isReadable(path)) {
            throw new ExtractionException(FailureCode.IO, "permission denied");
        }
        return attrs.size();
    }

    /**
     * Opens a file for reading after the gate and the size check, without following a link even
     * if one was put in its place since (O_NOFOLLOW). Callers still bound what they read.
     */
    public static InputStream open(Path path, long maxBytes) throws ExtractionException, IOException {
        long size = requireRegularFile(path);
        if (size > maxBytes) {
            throw tooLarge(size, maxBytes);
        }
        return Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** The whole file, at most {@code maxBytes} of it even if it grows while being read. */
    public static byte[] readAll(Path path, long maxBytes) throws ExtractionException, IOException {
        try (InputStream in = open(path, maxBytes)) {
            byte[] content = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (content.length > maxBytes) {
                throw tooLarge(content.length, maxBytes);
            }
            return content;
        }
    }

    static ExtractionException tooLarge(long size, long maxBytes) {
        return new ExtractionException(FailureCode.TOO_LARGE, size + " bytes > limit " + maxBytes);
    }
}
