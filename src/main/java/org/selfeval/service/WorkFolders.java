package org.selfeval.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The service's folders below its work folder. Originals are never deleted: they move from the
 * inbox to done/ or failed/, and a content-addressed copy is kept under store/originals.
 */
public record WorkFolders(Path root, Path inbox, Path done, Path failed, Path staging, Path originals,
                          Path results, Path decisions, Path batches, Path data) {

    public static WorkFolders under(Path root) {
        Path r = root.toAbsolutePath().normalize();
        Path store = r.resolve("store");
        return new WorkFolders(r, r.resolve("inbox"), r.resolve("done"), r.resolve("failed"),
                store.resolve("staging"), store.resolve("originals"), store.resolve("results"),
                store.resolve("decisions"), store.resolve("batches"), r.resolve("data"));
    }

    public WorkFolders create() {
        try {
            for (Path p : new Path[]{inbox, done, failed, staging, originals, results, decisions, batches, data}) {
                Files.createDirectories(p);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the work folders under " + root, e);
        }
    }
}
