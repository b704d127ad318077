package org.selfeval.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands command-line paths: files as given, folders recursively in a stable (sorted) order.
 * Every entry found becomes an input, whatever it is (dot-file, link, FIFO, device, a sub-folder
 * that cannot be opened), so each gets a result line; the extractor refuses what is not a regular
 * file with code IO. Links are never followed, so nothing outside the given folder is walked.
 */
public final class InputFiles {

    private InputFiles() {
    }

    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(p, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            found.add(file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // An unreadable sub-folder or entry: reported in its place, the walk goes on.
                            found.add(file);
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                found.sort(null);
                out.addAll(found);
            } else {
                // Missing files and links are kept: they come out as an IO failure in their place.
                out.add(p);
            }
        }
        return out;
    }
}
