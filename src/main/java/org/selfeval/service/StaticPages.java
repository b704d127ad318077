package org.selfeval.service;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.impl.MimeMapping;
import io.vertx.ext.web.RoutingContext;

import org.selfeval.pipeline.Json;
import org.selfeval.report.FindingCodes;

import java.io.IOException;
import java.io.InputStream;

/**
 * The web page: files under a classpath folder (src/main/resources/web), served as bytes with
 * their MIME type. Only paths Vert.x has normalised are looked up, so ".." cannot leave the folder.
 * Unknown API paths get a JSON 404.
 */
final class StaticPages implements Handler<RoutingContext> {

    /** The Chinese names of the finding codes for the page's cards and filters. */
    static final String CODE_NAMES = "/finding-codes.json";

    private final String folder;

    StaticPages(String folder) {
        this.folder = folder;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith("/api") || path.startsWith("/q/")) {
            HttpGuard.reject(ctx, 404, "NOT_FOUND", "请求的地址不存在。");
            return;
        }
        if (path.equals(CODE_NAMES)) {
            // The page's table of Chinese code names is config/finding-codes.yaml, as JSON.
            byte[] json;
            try {
                json = Json.MAPPER.writeValueAsBytes(FindingCodes.defaults().all());
            } catch (IOException e) {
                HttpGuard.reject(ctx, 500, "INTERNAL", "无法读取问题代码名称表。");
                return;
            }
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8").end(Buffer.buffer(json));
            return;
        }
        String name = path.endsWith("/") ? path + "index.html" : path;
        if (name.contains("..") || name.contains("\\")) {
            HttpGuard.reject(ctx, 404, "NOT_FOUND", "请求的地址不存在。");
            return;
        }
        ctx.vertx().<byte[]>executeBlocking(() -> read(folder + name), false).onComplete(r -> {
            byte[] bytes = r.succeeded() ? r.result() : null;
            if (bytes == null) {
                HttpGuard.reject(ctx, 404, "NOT_FOUND", "未找到页面。");
                return;
            }
            String mime = MimeMapping.getMimeTypeForFilename(name);
            if (mime == null) {
                mime = "application/octet-stream";
            } else if (mime.startsWith("text/") || mime.contains("javascript") || mime.contains("json")) {
                mime = mime + "; charset=utf-8";
            }
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, mime).end(Buffer.buffer(bytes));
        });
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = StaticPages.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
