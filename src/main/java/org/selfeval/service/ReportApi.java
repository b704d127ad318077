package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.selfeval.model.Finding;
import org.selfeval.report.FindingCodes;
import org.selfeval.report.FindingWording;
import org.selfeval.engine.FindingIds;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One report: GET /api/reports/{sha256}, its findings' decisions, and the original file. */
public final class ReportApi {

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "doc", "application/msword");

    private final ResultStore results;
    private final DecisionStore decisions;
    private final ViewApi views;

    public ReportApi(ResultStore results, DecisionStore decisions, ViewApi views) {
        this.results = results;
        this.decisions = decisions;
        this.views = views;
    }


    public void report(Exchange ex) {
        Http.handle(ex, () -> {
            String sha = ex.getIn().getHeader("sha256", String.class);
            ObjectNode tree = results.read(sha).orElseThrow(() -> ApiError.notFound("报告不存在或尚未处理完。"));
            ResultStore.Stored stored = ResultStore.stored(tree);
            ObjectNode body = (ObjectNode) tree.get("result");
            ObjectNode decided = decisions.all(sha);
            JsonNode findings = body.get("findings");
            if (findings instanceof ArrayNode arr) {
                List<String> ids = FindingIds.all(stored.result());
                for (int i = 0; i < arr.size() && i < ids.size(); i++) {
                    ObjectNode f = (ObjectNode) arr.get(i);
                    f.put("id", ids.get(i));
                    // For the reviewer's eyes: the code's Chinese name and which number is computed.
                    Finding finding = stored.result().findings().get(i);
                    f.put("codeName", FindingCodes.defaults().name(finding.code()));
                    f.put("comparison", FindingWording.comparison(finding));
                    if (decided.has(ids.get(i))) {
                        f.set("decision", decided.get(ids.get(i)));
                    }
                }
            }
            body.set("view", views.view(sha));
            body.put("originalName", stored.originalName());
            Http.json(ex, 200, body);
        });
    }

    public void decide(Exchange ex) {
        Http.handle(ex, () -> {
            String sha = ex.getIn().getHeader("sha256", String.class);
            String findingId = ex.getIn().getHeader("findingId", String.class);
            ResultStore.Stored stored = results.get(sha).orElseThrow(() -> ApiError.notFound("报告不存在或尚未处理完。"));
            if (!FindingIds.all(stored.result()).contains(findingId)) {
                throw ApiError.notFound("该报告中没有这个问题（编号 " + findingId + "）。");
            }
            JsonNode body;
            try {
                body = Json.MAPPER.readTree(ex.getIn().getBody(String.class));
            } catch (IOException | RuntimeException e) {
                throw ApiError.badRequest("请求内容应为 JSON，例如 {\"status\":\"confirmed\",\"comment\":\"…\"}。");
            }
            if (body == null || !body.isObject()) {
                throw ApiError.badRequest("请求内容应为 JSON 对象。");
            }
            ObjectNode d = decisions.decide(sha, findingId, body.path("status").asText(null),
                    body.path("comment").asText(""));
            Http.json(ex, 200, d);
        });
    }

    public void original(Exchange ex) {
        Http.handle(ex, () -> {
            String sha = ex.getIn().getHeader("sha256", String.class);
            Path file = results.original(sha).orElseThrow(() -> ApiError.notFound("原文件不存在。"));
            Optional<ResultStore.Stored> stored = results.get(sha);
            String safe = FileNames.sanitise(stored.map(ResultStore.Stored::originalName).orElse(sha));
            String format = stored.map(s -> s.result().report() == null ? null : s.result().report().format())
                    .orElse(null);
            if (format == null) {
                int dot = safe.lastIndexOf('.');
                format = dot > 0 ? safe.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
            }
            try {
                Http.bytes(ex, TYPES.getOrDefault(format, "application/octet-stream"), Files.readAllBytes(file), safe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
