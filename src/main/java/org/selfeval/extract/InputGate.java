package org.selfeval.extract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
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
            throw new ExtractionException(FailureCode.IO, "symbolic link, not followed");
        }
        if (attrs.isDirectory()) {
            throw new ExtractionException(FailureCode.IO, "folder that cannot be read");
        }
        if (!attrs.isRegularFile()) {
            throw new ExtractionException(FailureCode.IO, "not a regular file (FIFO, device or socket)");
        }
        if (!Files.isReadable(path)) {
            throw new ExtractionException(FailureCode.IO, "permission denied");
        }
        return attrs.size();
    }

    /** The same rule for callers outside extraction (hashing in the intake). */
    public static void requireRegularFileUnchecked(Path path) throws IOException {
        try {
            requireRegularFile(path);
        } catch (ExtractionException e) {
            throw new AccessDeniedException(path.toString(), null, e.failure().detail());
        }
    }
}
