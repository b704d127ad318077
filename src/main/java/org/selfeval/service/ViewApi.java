package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.selfeval.pipeline.Json;
import org.selfeval.render.DocumentViews;
import org.selfeval.render.Highlight;
import org.selfeval.render.ViewInfo;

import java.nio.file.Path;
import java.util.List;

/** Page images, number highlights, the annotated PDF (org.selfeval.render) and the stored text of a report. */
public final class ViewApi {

    private final ResultStore results;
    private final DocumentViews views;
    private final DecisionStore decisions;

    public ViewApi(ResultStore results, DocumentViews views) {
        this(results, views, null);
    }

    /** @param decisions reviewers' decisions, listed on the annotated PDF's cover (null: none) */
    public ViewApi(ResultStore results, DocumentViews views, DecisionStore decisions) {
        this.results = results;
        this.views = views;
        this.decisions = decisions;
    }

    /** The report's "view" field: whether page images exist, how many pages, and why not. */
    ObjectNode view(String sha256) {
        ObjectNode v = Json.MAPPER.createObjectNode();
        Path original = results.original(sha256).orElse(null);
        ViewInfo info;
        try {
            info = original == null ? new ViewInfo(false, 0, "原文件不存在。") : views.info(original, sha256);
        } catch (RuntimeException e) {
            info = new ViewInfo(false, 0, "页面图像生成失败，请查看下方文字和数值。");
        }
        v.put("images", info.images());
        v.put("pages", info.pages());
        if (!info.images()) {
            v.put("reason", info.reason());
        }
        return v;
    }

    public void page(Exchange ex) {
        Http.handle(ex, () -> {
            String sha = ex.getIn().getHeader("sha256", String.class);
            Path original = results.original(sha).orElseThrow(() -> ApiError.notFound("原文件不存在。"));
            int page = Http.intParam(ex, "n", 0);
            try {
                Http.bytes(ex, "image/png", views.pageImage(original, sha, page), null);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw ApiError.notFound(e.getMessage());
            }
        });
    }

    /** The document's text by page, for reports shown without page images. */
    public void text(Exchange ex) {
        Http.handle(ex, () -> {
            String sha = ex.getIn().getHeader("sha256", String.class);
            Http.json(ex, 200, results.text(sha).orElseThrow(() ->
                    ApiError.notFound("没有保存这份报告的文本（较早处理的报告或文件未能读取），请查看下方摘录。")));
        });
    }

    public void highlights(Exchange ex) {
        Http.handle(ex, () -> {
            String sha = ex.getIn().getHeader("sha256", String.class);
            ResultStore.Stored stored = results.get(sha).orElseThrow(() -> ApiError.notFound("报告不存在或尚未处理完。"));
            Path original = results.original(sha).orElseThrow(() -> ApiError.notFound("原文件不存在。"));
            List<String> ids = org.selfeval.engine.FindingIds.all(stored.result());
            ObjectNode body = Json.MAPPER.createObjectNode();
            ArrayNode list = body.putArray("highlights");
            if (stored.result().isOk()) {
                for (Highlight h : views.highlights(original, sha, stored.result())) {
                    ObjectNode n = list.addObject();
                    n.put("finding", h.finding() < ids.size() ? ids.get(h.finding()) : String.valueOf(h.finding()));
                    n.put("value", h.value());
                    n.put("page", h.page());
                    n.put("x0", h.x0());
                    n.put("y0", h.y0());
                    n.put("x1", h.x1());
                    n.put("y1", h.y1());
                    n.put("text", h.text());
                }
            }
            Http.json(ex, 200, body);
        });
    }

    public void annotated(Exchange ex) {
        Http.handle(ex, () -> {
            String sha = ex.getIn().getHeader("sha256", String.class);
            ResultStore.Stored stored = results.get(sha).orElseThrow(() -> ApiError.notFound("报告不存在或尚未处理完。"));
            Path original = results.original(sha).orElseThrow(() -> ApiError.notFound("原文件不存在。"));
            if (!stored.result().isOk()) {
                throw ApiError.notFound("该文件未能读取，没有可标注的内容。");
            }
            String name = FileNames.sanitise(stored.originalName());
            int dot = name.lastIndexOf('.');
            String pdfName = (dot > 0 ? name.substring(0, dot) : name) + "-标注.pdf";
            try {
                Http.bytes(ex, "application/pdf", views.annotatedPdf(original, sha, stored.result(),
                        decisions == null ? java.util.Map.of() : org.selfeval.report.Decision.of(decisions.all(sha))), pdfName);
            } catch (IllegalStateException e) {
                throw ApiError.notFound(e.getMessage());
            }
        });
    }
}
