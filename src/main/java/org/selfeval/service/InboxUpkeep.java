package org.selfeval.service;

import org.selfeval.extract.FailureCode;
import org.selfeval.pipeline.ArchiveNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the inbox and the batch records in step. At start-up, {@link #reconcile()} fails the
 * records an interrupted upload left "queued" (or a crash left "processing") whose file is neither
 * in the inbox nor archived, so no batch waits forever. Then, on a timer, {@link #sweep()} removes
 * batch folders the intake has emptied.
 */
public final class InboxUpkeep {

    static final String UNFINISHED_UPLOAD = "上传未完成（服务在接收文件时中断），文件没有进入处理队列，请重新上传。";
    /** The archive stamp Intake puts after the name: yyyyMMdd-HHmmss-SSS-[instance-]sequence. */
    private static final String STAMP = "\\d{8}-\\d{6}-\\d{3}-(?:[a-z0-9]+-)?\\d+";

    private final WorkFolders folders;
    private final BatchStore batches;
    private final long minAgeMs;
    private final Predicate<String> otherAlive;

    public InboxUpkeep(WorkFolders folders, BatchStore batches, long minAgeMs) {
        this(folders, batches, minAgeMs, instance -> false);
    }

    /**
     * @param otherAlive whether another live service process may still bring a record's file (its
     *                   upload being copied in): such records are left to it
     */
    public InboxUpkeep(WorkFolders folders, BatchStore batches, long minAgeMs, Predicate<String> otherAlive) {
        this.folders = folders;
        this.batches = batches;
        this.minAgeMs = minAgeMs;
        this.otherAlive = otherAlive;
    }

    /** Fails unfinished records without a file; returns how many. Run before the intake route starts. */
    public int reconcile() {
        Set<String> inInbox = new HashSet<>();
        Set<String> atRoot = new HashSet<>();
        LocalDate today = LocalDate.now();
        for (String relative : inboxFiles()) {
            InboxPlace place = InboxPlace.of(relative, today);
            inInbox.add(place.batch() + "/" + BatchStore.fileId(place.batch(), place.name()));
            if (place.daily()) {
                atRoot.add(place.name());
            }
        }
        int failed = 0;
        for (String batch : batches.ids()) {
            boolean daily = batch.startsWith(InboxPlace.DAILY);
            for (FileRecord r : batches.files(batch)) {
                boolean unfinished = (FileRecord.QUEUED.equals(r.status()) || FileRecord.PROCESSING.equals(r.status()))
                        && !otherAlive.test(r.instance());
                // A root file is placed in the day it is taken, so any day's record may be waiting for it.
                boolean present = inInbox.contains(batch + "/" + r.id()) || daily && atRoot.contains(r.name());
                if (unfinished && !present && !archived(batch, r.name())) {
                    batches.put(batch, r.failed(r.sha256(), FailureCode.IO.name(), UNFINISHED_UPLOAD,
                            Instant.now().toString()));
                    failed++;
                }
            }
        }
        return failed;
    }

    /**
     * Removes empty folders below the inbox (never files, never the inbox itself) that belong to a
     * batch the intake already knows and have not changed for the read-lock age. A folder someone
     * has just made and not yet filled (no batch yet) is left alone, however old it is.
     */
    public void sweep() {
        Path inbox = folders.inbox();
        long cutoff = System.currentTimeMillis() - minAgeMs;
        try {
            Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (!dir.equals(inbox) && isEmpty(dir) && knownBatch(inbox.relativize(dir))
                            && Files.getLastModifiedTime(dir).toMillis() < cutoff) {
                        try {
                            Files.delete(dir);
                        } catch (DirectoryNotEmptyException | NoSuchFileException raced) {
                            // a file arrived, or someone else removed it: either way leave it
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException gone) {
            // the inbox itself is missing: nothing to sweep
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sweep " + inbox, e);
        }
    }

    /** Whether the top folder of this path (relative to the inbox) is a batch with records. */
    private boolean knownBatch(Path relative) {
        String top = relative.getName(0).toString();
        return batches.exists(FileNames.batchId(top));
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Inbox regular files (links not followed, unreadable folders passed over) as paths below it with '/'. */
    private List<String> inboxFiles() {
        Path inbox = folders.inbox();
        List<String> files = new ArrayList<>();
        try {
            Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(inbox.relativize(file).toString().replace('\\', '/'));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inbox, e);
        }
        return files;
    }

    /** Whether done/ or failed/ of the batch holds the file under its stamped archive name. */
    private boolean archived(String batch, String name) {
        Pattern archiveName = Pattern.compile(Pattern.quote(ArchiveNames.stem(name, "")) + STAMP
                + Pattern.quote(ArchiveNames.extension(name)));
        for (Path root : List.of(folders.done(), folders.failed())) {
            Path dir = root.resolve(batch);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                if (s.anyMatch(p -> archiveName.matcher(p.getFileName().toString()).matches())) {
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        return false;
    }
}
