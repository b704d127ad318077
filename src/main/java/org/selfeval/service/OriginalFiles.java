package org.selfeval.service;

import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.InputGate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The submitted bytes, content-addressed in a folder ({@code <folder>/<sha256>}), for every
 * result store: originals stay files (a shared mount when several processes serve).
 */
public final class OriginalFiles {

    private final Path folder;

    public OriginalFiles(Path folder) {
        this.folder = folder;
    }

    /** Keeps the submitted bytes; a link or FIFO put in the file's place is never read (copied). */
    public void keep(Path file, String sha256) {
        Path target = folder.resolve(sha256);
        if (Files.exists(target)) {
            return;
        }
        try (InputStream in = InputGate.open(file, Long.MAX_VALUE)) {
            AtomicFiles.copyIfAbsent(in, target);
        } catch (ExtractionException e) {
            throw new UncheckedIOException(new IOException(file + ": " + e.failure().detail()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public Optional<Path> get(String sha256) {
        if (!ResultStore.isSha256(sha256)) {
            return Optional.empty();
        }
        Path p = folder.resolve(sha256);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }
}
