package org.selfeval.extract;

import java.nio.file.Path;

/**
 * A submitted file read into memory once (size already checked against the limit), with its
 * detected type. Extractors parse from {@link #content()} so the file is read a single time.
 *
 * @param format {@code docx}, {@code doc} or {@code pdf}
 */
public record SourceFile(Path path, String displayName, byte[] content, String sha256, String mediaType,
                         String format) {
}
