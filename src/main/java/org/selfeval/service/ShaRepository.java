package org.selfeval.service;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The intake's persistent idempotent repository: one empty marker file per sha256 already
 * processed. Survives restarts and has no size limit (unlike an LRU cache), and a marker is one
 * atomic create, so a crash cannot leave a half-written entry.
 */
public final class ShaRepository extends ServiceSupport implements IdempotentRepository {

    private final Path dir;

    public ShaRepository(Path dir) {
        this.dir = dir;
    }

    @Override
    public boolean add(String key) {
        if (!ResultStore.isSha256(key)) {
            return false;
        }
        try {
            Files.createFile(dir.resolve(key));
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean contains(String key) {
        return ResultStore.isSha256(key) && Files.exists(dir.resolve(key));
    }

    @Override
    public boolean remove(String key) {
        try {
            return ResultStore.isSha256(key) && Files.deleteIfExists(dir.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        // Never cleared: forgetting would reprocess every archived file's content as new.
    }
}
