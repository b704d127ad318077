package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.FailureCode;
import org.selfeval.extract.Hashing;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.ReportIndexer;
import org.selfeval.pipeline.ArchiveNames;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.pipeline.FailureReasons;
import org.selfeval.pipeline.Json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String CRASH_MESSAGE = "处理过程中发生内部错误，文件已移入失败目录，请稍后重新提交或联系管理员。";

    private final WorkFolders folders;
    private final DocumentReader reader;
    private final SelfEvalEngine engine;
    private final ReportIndexer indexer;
    private final ReportIndex index;
    private final BatchStore batches;
    private final ResultStore results;
    private final ServiceMetrics metrics;
    private final AtomicInteger sequence = new AtomicInteger();
    private final Object indexLock = new Object();

    public Intake(WorkFolders folders, DocumentReader reader, SelfEvalEngine engine, ReportIndexer indexer,
                  ReportIndex index, BatchStore batches, ResultStore results, ServiceMetrics metrics) {
        this.folders = folders;
        this.reader = reader;
        this.engine = engine;
        this.indexer = indexer;
        this.index = index;
        this.batches = batches;
        this.results = results;
        this.metrics = metrics;
    }

    /** Batch, file id, sha256 and archive names of a file just taken from the inbox; status processing. */
    public void accept(Exchange exchange) {
        Message in = exchange.getIn();
        String relative = in.getHeader(Exchange.FILE_NAME, String.class).replace('\\', '/');
        Path file = Path.of(in.getHeader(Exchange.FILE_PATH, String.class));
        InboxPlace place = InboxPlace.of(relative, LocalDate.now());
        String batch = place.batch();
        String name = place.name();
        batches.ensure(batch, place.label());
        String id = BatchStore.fileId(batch, name);
        String sha = Hashing.sha256(file);
        FileRecord record = batches.file(batch, id).orElse(FileRecord.queued(id, name, now()));
        batches.put(batch, record.processing(sha, now()));

        String stem = ArchiveNames.stem(name, LocalDateTime.now().format(STAMP) + "-" + sequence.incrementAndGet());
        String ext = ArchiveNames.extension(name);
        in.setHeader(SHA, sha);
        in.setHeader(BATCH, batch);
        in.setHeader(FILE_ID, id);
        in.setHeader(NAME, name);
        in.setHeader(STEM, stem);
        in.setHeader(ARCHIVE, folders.done().resolve(batch).resolve(stem + ext).toString());
        in.setHeader(FAILED_ARCHIVE, folders.failed().resolve(batch).resolve(stem + ext).toString());
    }

    /** Checks, indexes (committed) and stores one file. */
    public void process(Exchange exchange) {
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
        if (result.isOk()) {
            // One writer at a time: each report's cross-year check sees the ones before it.
            synchronized (indexLock) {
                result = indexer.add(extracted, result).result();
                index.refresh();
            }
        }
        String origin = batch + "/" + in.getHeader(FILE_ID, String.class);
        results.put(name, origin, result);
        finish(exchange, result, null);
        metrics.processed(result.isOk(), Duration.between(started, Instant.now()));
    }

    /** A file whose content was processed before: archived and recorded as a copy, not checked again. */
    public void duplicate(Exchange exchange) {
        Message in = exchange.getIn();
        String origin = in.getHeader(BATCH, String.class) + "/" + in.getHeader(FILE_ID, String.class);
        var stored = results.get(in.getHeader(SHA, String.class));
        if (stored.isEmpty() || stored.get().origin().equals(origin)) {
            // The same file again after a crash between its commit and its move: finish it normally.
            process(exchange);
            return;
        }
        results.keepOriginal(Path.of(in.getHeader(Exchange.FILE_PATH, String.class)), in.getHeader(SHA, String.class));
        finish(exchange, stored.get().result(), stored.get().origin());
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
        batches.file(batch, in.getHeader(FILE_ID, String.class)).ifPresent(r ->
                batches.put(batch, r.failed(in.getHeader(SHA, String.class), FailureCode.IO.name(), CRASH_MESSAGE, now())));
        metrics.crashed();
    }

    private void finish(Exchange exchange, ReportResult result, String copyOf) {
        Message in = exchange.getIn();
        String batch = in.getHeader(BATCH, String.class);
        String id = in.getHeader(FILE_ID, String.class);
        FileRecord record = batches.file(batch, id)
                .orElse(FileRecord.queued(id, in.getHeader(NAME, String.class), now()));
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


    private static String now() {
        return Instant.now().toString();
    }
}
