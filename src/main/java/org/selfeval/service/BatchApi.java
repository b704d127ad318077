package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.Exchange;
import org.selfeval.config.ServiceSettings;
import org.selfeval.engine.ReportResult;
import org.selfeval.pipeline.Json;
import org.selfeval.report.ReviewRow;
import org.selfeval.report.XlsxReportWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Uploads and batches: POST/GET /api/batches, GET /api/batches/{id}, GET /api/batches/{id}/export.xlsx. */
public final class BatchApi {

    private static final DateTimeFormatter ID_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter LABEL_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ServiceSettings settings;
    private final WorkFolders folders;
    private final BatchStore batches;
    private final ResultStore results;
    private final HttpGuard guard;
    private final ServiceMetrics metrics;
    private final DecisionStore decisions;
    private final org.selfeval.index.ReportIndex index;
    /** This process's id when several share the work (on the queued records, for start-up upkeep). */
    private volatile String instance = "";

    public BatchApi(ServiceSettings settings, WorkFolders folders, BatchStore batches, ResultStore results,
                    HttpGuard guard, ServiceMetrics metrics) {
        this(settings, folders, batches, results, guard, metrics, null);
    }

    /** @param decisions reviewers' decisions, for review progress and the export (null: none) */
    public BatchApi(ServiceSettings settings, WorkFolders folders, BatchStore batches, ResultStore results,
                    HttpGuard guard, ServiceMetrics metrics, DecisionStore decisions) {
        this(settings, folders, batches, results, guard, metrics, decisions, null);
    }

    /** @param index the search index, to mark reports a newer version superseded (null: not marked) */
    public BatchApi(ServiceSettings settings, WorkFolders folders, BatchStore batches, ResultStore results,
                    HttpGuard guard, ServiceMetrics metrics, DecisionStore decisions, org.selfeval.index.ReportIndex index) {
        this.decisions = decisions;
        this.index = index;
        this.settings = settings;
        this.folders = folders;
        this.batches = batches;
        this.results = results;
        this.guard = guard;
        this.metrics = metrics;
    }

    /** Records uploads as queued by this process (several processes on one Elasticsearch node). */
    public BatchApi withInstance(String id) {
        this.instance = id;
        return this;
    }

    public void upload(Exchange ex) {
        Http.handle(ex, () -> {
            RoutingContext ctx = guard.uploadContext(ex.getIn().getHeader(HttpGuard.REQUEST_ID, String.class))
                    .orElseThrow(() -> ApiError.badRequest("请以 multipart/form-data 方式上传文件（字段名 files）。"));
            List<FileUpload> files = ctx.fileUploads().stream().filter(f -> "files".equals(f.name())).toList();
            if (files.isEmpty()) {
                throw ApiError.badRequest("没有收到文件，请选择要上传的报告（字段名 files）。");
            }
            if (files.size() > settings.maxFilesPerUpload()) {
                throw ApiError.tooLarge("一次最多上传 " + settings.maxFilesPerUpload() + " 个文件，请分批上传。");
            }
            for (FileUpload f : files) {
                if (f.size() > settings.maxUploadBytes()) {
                    throw ApiError.tooLarge("文件「" + FileNames.sanitise(f.fileName()) + "」超过单个文件上限 "
                            + settings.maxUploadBytes() / (1024 * 1024) + " MB，请压缩或拆分后重新上传。");
                }
            }
            String label = label(ctx.request().getFormAttribute("name"));
            LocalDateTime now = LocalDateTime.now();
            String batch = "u" + now.format(ID_STAMP) + "-" + UUID.randomUUID().toString().substring(0, 8);
            String name = label != null ? label : "上传 " + now.format(LABEL_STAMP);
            batches.ensure(batch, name);
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("batch", batch);
            body.put("name", name);
            ArrayNode list = body.putArray("files");
            Set<String> taken = new HashSet<>();
            for (FileUpload f : files) {
                String fileName = unique(FileNames.sanitise(f.fileName()), taken);
                String id = BatchStore.fileId(batch, fileName);
                batches.put(batch, FileRecord.queued(id, fileName, Instant.now().toString()).by(instance));
                enterInbox(Path.of(f.uploadedFileName()), batch, fileName);
                ObjectNode n = list.addObject();
                n.put("id", id);
                n.put("name", fileName);
                n.put("status", FileRecord.QUEUED);
            }
            metrics.upload();
            Http.json(ex, 202, body);
        });
    }

    /** Staged next to the inbox, then renamed in: the intake never sees a half-written upload. */
    private void enterInbox(Path uploaded, String batch, String fileName) {
        Path staged = folders.staging().resolve(UUID.randomUUID().toString());
        try {
            Files.copy(uploaded, staged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path target = folders.inbox().resolve(batch).resolve(fileName).normalize();
        if (!target.startsWith(folders.inbox())) {
            throw ApiError.badRequest("文件名无效。");
        }
        AtomicFiles.moveNew(staged, target);
    }

    /**
     * The dashboard's poll: one read of each batch with its kept counts, one look-up of decisions
     * made and one of superseded reports for all batches at once; no file record is read.
     */
    public void list(Exchange ex) {
        Http.handle(ex, () -> {
            List<BatchStore.Counted> all = batches.counted();
            Set<String> shas = new HashSet<>();
            all.forEach(c -> shas.addAll(c.counts().shas()));
            Map<String, Long> reviewed = reviewed(shas);
            Set<String> superseded = superseded(shas);
            ObjectNode body = Json.MAPPER.createObjectNode();
            ArrayNode list = body.putArray("batches");
            for (BatchStore.Counted c : all) {
                ObjectNode summary = c.batch().deepCopy();
                c.counts().putStatuses(summary);
                summary.set("totals", BatchTotals.of(c.counts(), reviewed, superseded));
                list.add(summary);
            }
            Http.json(ex, 200, body);
        });
    }

    public void get(Exchange ex) {
        Http.handle(ex, () -> {
            String id = ex.getIn().getHeader("id", String.class);
            ObjectNode body = batches.batch(id).orElseThrow(() -> ApiError.notFound("批次不存在。"));
            List<FileRecord> files = new ArrayList<>();
            for (var f : body.withArray("files")) {
                files.add(ResultStore.READER.convertValue(f, FileRecord.class));
            }
            BatchCounts counts = BatchCounts.of(files);
            Map<String, Long> reviewed = reviewed(counts.shas());
            Set<String> superseded = superseded(counts.shas());
            // Review progress per report, next to the counts the records hold.
            for (var f : body.withArray("files")) {
                if (f instanceof ObjectNode file && file.hasNonNull("sha256") && file.has("findings")) {
                    String sha = file.path("sha256").asText();
                    file.put("reviewed", Math.min(file.path("findings").asLong(), reviewed.getOrDefault(sha, 0L)));
                    if (superseded.contains(sha)) {
                        file.put("superseded", true);
                    }
                }
            }
            body.set("totals", BatchTotals.of(counts, reviewed, superseded));
            Http.json(ex, 200, body);
        });
    }

    /** Reports among these that a newer version (same department, year and kind) replaced in the index. */
    private Set<String> superseded(Set<String> shas) {
        return index == null ? Set.of() : index.superseded(shas);
    }

    /** Decisions made (confirmed or dismissed) on the findings of each report. */
    private Map<String, Long> reviewed(Set<String> shas) {
        return decisions == null ? Map.of() : decisions.made(shas);
    }

    public void export(Exchange ex) {
        Http.handle(ex, () -> {
            String batch = ex.getIn().getHeader("id", String.class);
            if (batches.batch(batch).isEmpty()) {
                throw ApiError.notFound("批次不存在。");
            }
            try {
                Path tmp = Files.createTempFile(folders.staging(), "export", ".xlsx");
                try {
                    try (XlsxReportWriter writer = new XlsxReportWriter(tmp)) {
                        for (FileRecord f : batches.files(batch)) {
                            row(f).ifPresent(writer::add);
                        }
                    }
                    Http.bytes(ex, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            Files.readAllBytes(tmp), batch + ".xlsx");
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private java.util.Optional<ReviewRow> row(FileRecord f) {
        if (f.sha256() != null) {
            var stored = results.get(f.sha256());
            if (stored.isPresent()) {
                ReviewRow row = ReviewRow.of(stored.get().result().withFile(f.name()));
                return java.util.Optional.of(decisions == null ? row
                        : row.withDecisions(org.selfeval.report.Decision.of(decisions.all(f.sha256()))));
            }
        }
        if (FileRecord.FAILED.equals(f.status()) && f.error() != null) {
            ReportResult failed = ReportResult.failed(f.name(), f.sha256(),
                    new ReportResult.Error(f.error().code(), f.error().message(), null));
            return java.util.Optional.of(ReviewRow.of(failed));
        }
        return java.util.Optional.empty();
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + " (" + n + ")" + ext;
        }
        return candidate;
    }

    private static String label(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").strip();
        if (s.isEmpty()) {
            return null;
        }
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
