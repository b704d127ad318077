package org.selfeval.camel;

import org.apache.camel.Exchange;
import org.selfeval.engine.ReportResult;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.ExtractionFailure;
import org.selfeval.pipeline.ArchiveNames;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.pipeline.FailureReasons;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Exchange ↔ pipeline adapter for the inbox route. It names each file's archive place (a
 * unique stem, so nothing is ever overwritten), runs the extraction, and tells the route whether
 * the document was read ({@code ok}) or rejected ({@code failed}).
 */
public final class IntakeFiles {

    static final String STATUS = "selfevalStatus";
    static final String STEM = "selfevalStem";
    static final String ARCHIVE = "selfevalArchive";
    static final String FAILED_ARCHIVE = "selfevalFailedArchive";
    static final String ARCHIVE_NAME = "selfevalArchiveName";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final AtomicInteger sequence = new AtomicInteger();

    private final DocumentReader reader;
    private final ExtractOptions options;
    private final Path done;
    private final Path failed;

    public IntakeFiles(DocumentReader reader, ExtractOptions options, Path done, Path failed) {
        this.reader = reader;
        this.options = options;
        this.done = done.toAbsolutePath().normalize();
        this.failed = failed.toAbsolutePath().normalize();
    }

    /** Names the archive places first, so that even a crash below moves the file to failed/. */
    public void name(Exchange exchange) {
        String relative = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        String stem = ArchiveNames.stem(relative, LocalDateTime.now().format(STAMP) + "-" + sequence.incrementAndGet());
        String ext = ArchiveNames.extension(relative);
        exchange.getIn().setHeader(STEM, stem);
        exchange.getIn().setHeader(ARCHIVE_NAME, stem + ext);
        exchange.getIn().setHeader(ARCHIVE, done.resolve(stem + ext).toString());
        exchange.getIn().setHeader(FAILED_ARCHIVE, failed.resolve(stem + ext).toString());
    }

    /** Extracts the file; the body becomes the model JSON (ok) or the reason JSON (failed). */
    public void extract(Exchange exchange) {
        if (exchange.getIn().getHeader(STEM) == null) {
            name(exchange);
        }
        Path file = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
        ExtractResult result = reader.read(file, options);
        String original = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        if (result.isOk()) {
            exchange.getIn().setHeader(STATUS, "ok");
            exchange.getIn().setBody(Json.line(result));
        } else {
            exchange.getIn().setHeader(STATUS, "failed");
            // A rejected document is archived in failed/, not done/.
            exchange.getIn().setHeader(ARCHIVE, exchange.getIn().getHeader(FAILED_ARCHIVE));
            exchange.getIn().setBody(Json.line(FailureReasons.rejected(original, result.sha256(),
                    ReportResult.Error.of(result.failure()))));
        }
    }

    /**
     * An inbox entry that is no regular file, refused by {@link InboxFilter} before Camel touches
     * it: its reason file is written, then the entry itself (never a link's target) is renamed into
     * failed/. Returns false if it could not be.
     */
    public boolean refuseEntry(Path entry, String relative, ExtractionFailure failure) {
        String stem = ArchiveNames.stem(relative, LocalDateTime.now().format(STAMP) + "-" + sequence.incrementAndGet());
        try {
            Files.createDirectories(failed);
            Files.writeString(failed.resolve(stem + ".reason.json"), Json.line(FailureReasons.rejected(relative, null,
                    ReportResult.Error.of(failure))), StandardOpenOption.CREATE_NEW);
            // Files.move moves a link itself, never its target (even across file systems); no overwrite.
            Files.move(entry, failed.resolve(stem + ArchiveNames.extension(relative)));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The reason file for a file whose processing crashed (a bug or an I/O fault, not the document). */
    public String crashReason(String fileName, Exception error) {
        return Json.line(FailureReasons.crashed(fileName, "处理过程中发生内部错误，文件已移入失败目录，请联系管理员。", error));
    }
}
