package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ServiceStatus;
import org.selfeval.index.ReportIndex;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Health (/q/health), Prometheus metrics (/q/metrics) and the token login (/api/login). */
public final class OpsApi {

    /** Below this much free disk under the work folder the service reports DOWN. */
    private static final long MIN_FREE_BYTES = 100L * 1024 * 1024;

    private final WorkFolders folders;
    private final ReportIndex index;
    private final ServiceMetrics metrics;
    private final HttpGuard guard;

    public OpsApi(WorkFolders folders, ReportIndex index, ServiceMetrics metrics, HttpGuard guard) {
        this.folders = folders;
        this.index = index;
        this.metrics = metrics;
        this.guard = guard;
    }

    public void health(Exchange ex) {
        Http.handle(ex, () -> {
            ObjectNode body = Json.MAPPER.createObjectNode();
            ArrayNode checks = body.putArray("checks");
            boolean up = true;
            CamelContext camel = ex.getContext();
            ServiceStatus intake = camel.getRouteController().getRouteStatus("service-intake");
            up &= check(checks, "intake", intake != null && intake.isStarted(),
                    intake == null ? "收件路由不存在" : "收件路由状态 " + intake);
            boolean indexOk;
            String indexDetail;
            try {
                indexDetail = "索引中共 " + index.count() + " 份报告";
                indexOk = true;
            } catch (RuntimeException e) {
                indexOk = false;
                indexDetail = "索引不可用：" + e.getMessage();
            }
            up &= check(checks, "index", indexOk, indexDetail);
            long free;
            try {
                free = Files.getFileStore(folders.root()).getUsableSpace();
            } catch (IOException e) {
                free = -1;
            }
            boolean writable = Files.isWritable(folders.inbox()) && Files.isWritable(folders.results());
            up &= check(checks, "disk", writable && free >= MIN_FREE_BYTES,
                    (writable ? "工作目录可写" : "工作目录不可写") + "，剩余空间 " + (free / (1024 * 1024)) + " MB");
            body.put("status", up ? "UP" : "DOWN");
            // Field order: status first.
            ObjectNode ordered = Json.MAPPER.createObjectNode();
            ordered.put("status", up ? "UP" : "DOWN");
            ordered.set("checks", checks);
            Http.json(ex, up ? 200 : 503, ordered);
        });
    }

    private static boolean check(ArrayNode checks, String name, boolean up, String detail) {
        checks.addObject().put("name", name).put("status", up ? "UP" : "DOWN").put("detail", detail);
        return up;
    }

    public void metrics(Exchange ex) {
        Http.handle(ex, () -> Http.bytes(ex, "text/plain; version=0.0.4; charset=utf-8",
                metrics.scrape().getBytes(StandardCharsets.UTF_8), null));
    }

    public void login(Exchange ex) {
        Http.handle(ex, () -> {
            JsonNode body;
            try {
                body = Json.MAPPER.readTree(ex.getIn().getBody(String.class));
            } catch (IOException | RuntimeException e) {
                throw ApiError.badRequest("请求内容应为 JSON，例如 {\"token\":\"…\"}。");
            }
            String token = body == null ? null : body.path("token").asText(null);
            if (!guard.tokenRequired()) {
                Http.json(ex, 200, Json.MAPPER.createObjectNode().put("ok", true).put("required", false));
                return;
            }
            if (!guard.tokenMatches(token)) {
                throw new ApiError(401, "UNAUTHORIZED", "令牌不正确，请检查后重试。");
            }
            Http.json(ex, 200, Json.MAPPER.createObjectNode().put("ok", true).put("required", guard.tokenRequired()));
            ex.getMessage().setHeader("Set-Cookie", HttpGuard.COOKIE + "=" + token
                    + "; Path=/; HttpOnly; SameSite=Strict");
        });
    }
}
