package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.ExtractionFailure;
import org.selfeval.extract.FailureCode;
import org.selfeval.extract.Hashing;
import org.selfeval.index.CrossYear;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.ReportIndexer;
import org.selfeval.model.Finding;
import org.selfeval.pipeline.ArchiveNames;
import org.selfeval.pipeline.FailureReasons;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The intake route's steps (bean "intake"): name a file's batch and archive places, check it,
 * index it, store the result and the status. Durability order: original copy, index commit,
 * result and status are all on disk before the route moves the file out of the inbox, so a crash
 * at any point leaves the file in the inbox to be taken again, and taking it again is harmless.
 */
public final class Intake {

    static final String SHA = "selfevalSha256";
    static final String BATCH = "selfevalBatch";
    static final String FILE_ID = "selfevalFileId";
    static final String NAME = "selfevalName";
    static final String STEM = "selfevalStem";
    static final String ARCHIVE = "selfevalArchive";
    static final String FAILED_ARCHIVE = "selfevalFailedArchive";
    /** Set by {@link #accept} instead of the sha256 when the file is not read (its ExtractionFailure). */
    static final String REFUSED = "selfevalRefused";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String CRASH_MESSAGE = "处理过程中发生内部错误，文件已移入失败目录，请稍后重新提交或联系管理员。";

    private final WorkFolders folders;
    private final SelfEvalEngine engine;
    private final ReportIndexer indexer;
    private final ReportIndex index;
    private final BatchStore batches;
    private final ResultStore results;
    private final ServiceMetrics metrics;
    private final AtomicInteger sequence = new AtomicInteger();
    private final Object indexLock = new Object();
    private final ContentClaims claims;
    /** This process among several on one Elasticsearch node (in archive names and records); empty alone. */
    private final String instance;
    /** The longest another copy may hold the content's lock: one document's limits, all OCR pages, and the index. */
    private final Duration lockWait;

    public Intake(WorkFolders folders, SelfEvalEngine engine, ReportIndexer indexer,
                  ReportIndex index, BatchStore batches, ResultStore results, ServiceMetrics metrics) {
        this(folders, engine, indexer, index, batches, results, metrics, new LocalContentClaims(results), "");
    }

    /** @param claims who checks a content; @param instance this process's id when several share the work, else empty */
    public Intake(WorkFolders folders, SelfEvalEngine engine, ReportIndexer indexer, ReportIndex index,
                  BatchStore batches, ResultStore results, ServiceMetrics metrics, ContentClaims claims,
                  String instance) {
        this.claims = claims;
        this.instance = instance;
        this.folders = folders;
        this.engine = engine;
        this.indexer = indexer;
        this.index = index;
        this.batches = batches;
        this.results = results;
        this.metrics = metrics;
        ExtractOptions limits = engine.extractOptions();
        this.lockWait = limits.timeout().plus(limits.ocr().budget(limits.maxPages())).plusMinutes(1);
    }

    /**
     * Batch, file id, archive names and sha256 of a file just taken from the inbox; status
     * processing. A file that is no regular file or over the size limit is not hashed: it gets the
     * {@link #REFUSED} header instead (the route then calls {@link #refused}).
     */
    public void accept(Exchange exchange) {
        Message in = exchange.getIn();
        Path file = Path.of(in.getHeader(Exchange.FILE_PATH, String.class));
        Placed placed = place(in.getHeader(Exchange.FILE_NAME, String.class));
        in.setHeader(BATCH, placed.batch());
        in.setHeader(FILE_ID, placed.id());
        in.setHeader(NAME, placed.name());
        in.setHeader(STEM, placed.stem());
        in.setHeader(ARCHIVE, placed.done().toString());
        in.setHeader(FAILED_ARCHIVE, placed.failed().toString());
        ExtractOptions limits = engine.extractOptions();
        String sha;
        try {
            // Hashing passes the gate again, not only the inbox filter: the entry may have been swapped since the poll.
            sha = Hashing.sha256(file, limits.maxBytes(), limits.timeout());
        } catch (ExtractionException e) {
            if (e.code() == FailureCode.IO && e.getCause() != null) {
                throw new TransientFailure("I/O error hashing " + file + ": " + e.getMessage());
            }
            in.setHeader(REFUSED, e.failure());
            return;
        }
        FileRecord record = batches.file(placed.batch(), placed.id())
                .orElse(FileRecord.queued(placed.id(), placed.name(), now()));
        batches.put(placed.batch(), record.by(instance).processing(sha, now()));
        in.setHeader(SHA, sha);
    }

    /** A file refused by {@link #accept} (not regular, too large, unreadable): failed, moved to failed/. */
    public void refused(Exchange exchange) {
        Message in = exchange.getIn();
        Placed placed = new Placed(in.getHeader(BATCH, String.class), in.getHeader(FILE_ID, String.class),
                in.getHeader(NAME, String.class), in.getHeader(STEM, String.class),
                Path.of(in.getHeader(ARCHIVE, String.class)), Path.of(in.getHeader(FAILED_ARCHIVE, String.class)));
        record(placed, in.getHeader(REFUSED, ExtractionFailure.class));
        in.setHeader(ARCHIVE, in.getHeader(FAILED_ARCHIVE));
    }

    /**
     * An inbox entry that is no regular file (link, FIFO, device), found by {@link org.selfeval.camel.InboxFilter}
     * before Camel touches it: recorded as failed and the entry itself (never a link's target)
     * renamed into failed/ beside its reason. Returns false if it could not be moved.
     */
    boolean refuseEntry(Path entry, String relative, ExtractionFailure failure) {
        Placed placed = place(relative);
        // Recorded before it leaves the inbox, like every file: after a crash it is simply refused again.
        record(placed, failure);
        try {
            Files.createDirectories(placed.failed().getParent());
            // Files.move moves a link itself, never its target (even across file systems); no overwrite.
            Files.move(entry, placed.failed());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Decides by content under the sha256's claim: the first copy is checked, a copy taken at the
     * same time (by any process) waits for it and is then recorded as a duplicate of that one original.
     */
    public void check(Exchange exchange) {
        Message in = exchange.getIn();
        String sha = in.getHeader(SHA, String.class);
        String origin = in.getHeader(BATCH, String.class) + "/" + in.getHeader(FILE_ID, String.class);
        try (ContentClaims.Claim claim = claims.claim(sha, origin, lockWait)) {
            var stored = claim.first() ? Optional.<ResultStore.Stored>empty() : results.get(sha);
            if (stored.isEmpty()) {
                // New content, or (alone) the same file again after a crash between its commit and its move.
                process(exchange);
                claim.done();
            } else if (stored.get().origin().equals(origin)) {
                // This file's own finished check (its process died before moving it): recorded, not checked again.
                finish(exchange, stored.get().result(), null);
            } else {
                duplicate(exchange, stored.get());
            }
        }
    }

    /** Checks, indexes (committed) and stores one file. */
    private void process(Exchange exchange) {
        Message in = exchange.getIn();
        Instant started = Instant.now();
        Path file = Path.of(in.getHeader(Exchange.FILE_PATH, String.class));
        String batch = in.getHeader(BATCH, String.class);
        String name = in.getHeader(NAME, String.class);
        SelfEvalEngine.Checked checked = engine.check(file, AnalysisOptions.defaults()); // one deadline for both stages
        ExtractResult extracted = checked.extracted();
        if (!extracted.isOk() && extracted.failure().code() == FailureCode.IO) {
            throw new TransientFailure("I/O error reading " + file + ": " + extracted.failure().detail());
        }
        ReportResult result = checked.result().withFile(batch + "/" + name);
        String sha = result.sha256() != null ? result.sha256() : in.getHeader(SHA, String.class);
        results.keepOriginal(file, sha);
        if (extracted.isOk()) {
            results.putText(sha, DocumentText.of(extracted.document()));
        }
        String origin = batch + "/" + in.getHeader(FILE_ID, String.class);
        if (result.isOk()) {
            // One writer at a time: each report's cross-year check sees the ones before it. The result is
            // stored under the same lock, so that the next year's report, indexed next, finds it to update.
            synchronized (indexLock) {
                ReportIndexer.Outcome outcome = indexer.add(extracted, result);
                result = outcome.result();
                index.refresh();
                results.put(name, origin, result);
                storeCrossYear(outcome.others());
            }
        } else {
            results.put(name, origin, result);
        }
        finish(exchange, result, null);
        metrics.processed(result.isOk(), Duration.between(started, Instant.now()));
    }

    /**
     * Other reports that the cross-year check compared again: their stored results get the new
     * cross-year findings in place of the old ones (other findings and their ids unchanged).
     */
    private void storeCrossYear(List<ReportIndexer.Updated> others) {
        for (ReportIndexer.Updated u : others) {
            results.get(u.sha256()).filter(s -> s.result().isOk()).ifPresent(s -> {
                List<Finding> all = new ArrayList<>(s.result().findings() == null ? List.of()
                        : s.result().findings().stream().filter(f -> !CrossYear.CODE.equals(f.code())).toList());
                all.addAll(u.crossYear());
                results.put(s.originalName(), s.origin(), s.result().withFindings(all));
            });
        }
    }

    /** A file whose content was processed before: archived and recorded as a copy, not checked again. */
    private void duplicate(Exchange exchange, ResultStore.Stored stored) {
        Message in = exchange.getIn();
        results.keepOriginal(Path.of(in.getHeader(Exchange.FILE_PATH, String.class)), in.getHeader(SHA, String.class));
        finish(exchange, stored.result(), stored.origin());
        metrics.duplicate();
    }

    /** The route's error handler: the pipeline itself failed (after retries); the file goes to failed/. */
    public void crashed(Exchange exchange) {
        Message in = exchange.getIn();
        Exception error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String batch = in.getHeader(BATCH, String.class);
        String stem = in.getHeader(STEM, String.class);
        if (batch == null || stem == null) {
            return;
        }
        writeReason(batch, stem, FailureReasons.crashed(batch + "/" + in.getHeader(NAME, String.class), CRASH_MESSAGE, error));
        // Also when it failed before its first record (while hashing): every file taken gets one.
        String id = in.getHeader(FILE_ID, String.class);
        FileRecord r = batches.file(batch, id).orElse(FileRecord.queued(id, in.getHeader(NAME, String.class), now()))
                .by(instance);
        batches.put(batch, r.failed(in.getHeader(SHA, String.class), FailureCode.IO.name(), CRASH_MESSAGE, now()));
        metrics.crashed();
    }

    private void finish(Exchange exchange, ReportResult result, String copyOf) {
        Message in = exchange.getIn();
        String batch = in.getHeader(BATCH, String.class);
        String id = in.getHeader(FILE_ID, String.class);
        FileRecord record = batches.file(batch, id)
                .orElse(FileRecord.queued(id, in.getHeader(NAME, String.class), now())).by(instance);
        if (!result.isOk()) {
            ObjectNode reason = FailureReasons.rejected(batch + "/" + in.getHeader(NAME, String.class),
                    result.sha256(), result.error());
            if (copyOf != null) {
                reason.put("duplicateOf", copyOf);
            }
            writeReason(batch, in.getHeader(STEM, String.class), reason);
            in.setHeader(ARCHIVE, in.getHeader(FAILED_ARCHIVE));
        }
        batches.put(batch, record.finished(result, copyOf, now()));
    }

    private void writeReason(String batch, String stem, ObjectNode reason) {
        AtomicFiles.write(folders.failed().resolve(batch).resolve(stem + ".reason.json"),
                Json.pretty(reason).getBytes(StandardCharsets.UTF_8));
    }


    /** Where an inbox entry belongs and where it is archived. */
    private record Placed(String batch, String id, String name, String stem, Path done, Path failed) {
    }

    private Placed place(String fileName) {
        InboxPlace place = InboxPlace.of(fileName.replace('\\', '/'), LocalDate.now());
        batches.ensure(place.batch(), place.label());
        String name = place.name();
        // With the instance id, two processes sharing the archives never pick the same name.
        String stem = ArchiveNames.stem(name, LocalDateTime.now().format(STAMP) + "-"
                + (instance.isEmpty() ? "" : instance + "-") + sequence.incrementAndGet());
        String ext = ArchiveNames.extension(name);
        return new Placed(place.batch(), BatchStore.fileId(place.batch(), name), name, stem,
                folders.done().resolve(place.batch()).resolve(stem + ext),
                folders.failed().resolve(place.batch()).resolve(stem + ext));
    }

    /** A refused entry's reason file and failed record (no sha256: its content was not read). */
    private void record(Placed placed, ExtractionFailure failure) {
        String file = placed.batch() + "/" + placed.name();
        writeReason(placed.batch(), placed.stem(), FailureReasons.rejected(file, null, ReportResult.Error.of(failure)));
        FileRecord record = batches.file(placed.batch(), placed.id())
                .orElse(FileRecord.queued(placed.id(), placed.name(), now())).by(instance);
        batches.put(placed.batch(), record.failed(null, failure.code().name(), failure.message(), now()));
        metrics.refused();
    }

    private static String now() {
        return Instant.now().toString();
    }
}
