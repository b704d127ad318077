package org.selfeval.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The service's folders. Originals are never deleted: they move from the inbox to done/ or
 * failed/, and a content-addressed copy is kept under store/originals. The inbox, the archives,
 * originals, page images and upload staging live in the store folder, which several processes may
 * share (one file system, so the inbox moves stay renames); results, decisions, batches and the
 * embedded index in the process's own work folder.
 */
public record WorkFolders(Path root, Path inbox, Path done, Path failed, Path staging, Path originals,
                          Path results, Path decisions, Path batches, Path data) {

    public static WorkFolders under(Path root) {
        return under(root, root);
    }

    /** @param storeRoot the shared store folder (the work folder itself for one process) */
    public static WorkFolders under(Path root, Path storeRoot) {
        Path r = root.toAbsolutePath().normalize();
        Path s = storeRoot.toAbsolutePath().normalize();
        Path store = r.resolve("store");
        Path shared = s.resolve("store");
        return new WorkFolders(r, s.resolve("inbox"), s.resolve("done"), s.resolve("failed"),
                shared.resolve("staging"), shared.resolve("originals"), store.resolve("results"),
                store.resolve("decisions"), store.resolve("batches"), r.resolve("data"));
    }

    /** The page-image and conversion cache, next to the originals. */
    public Path views() {
        return originals.resolveSibling("views");
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
