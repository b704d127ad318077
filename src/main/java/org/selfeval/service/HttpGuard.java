package org.selfeval.service;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.selfeval.config.ServiceSettings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every HTTP request passes first, on the Vert.x router in front of the Camel routes: the
 * access token (when bound off loopback), the request-size limit, safe response headers, and a
 * handle on an upload's parts for the upload bean. Also serves the web page from the classpath.
 */
public final class HttpGuard {

    /** Request header carrying this request's upload handle to the Camel route (incoming copies are dropped). */
    public static final String REQUEST_ID = "X-Selfeval-Request";
    public static final String COOKIE = "selfeval_token";

    private final ServiceSettings settings;
    private final boolean tokenRequired;
    private final Map<String, RoutingContext> uploads = new ConcurrentHashMap<>();

    public HttpGuard(ServiceSettings settings) {
        this.settings = settings;
        this.tokenRequired = !isLoopback(settings.host());
        if (tokenRequired && !settings.hasToken()) {
            throw new IllegalStateException("服务绑定在非本机地址 " + settings.host()
                    + "，必须设置访问令牌（配置 service.token 或环境变量 SELFEVAL_TOKEN），已拒绝启动。");
        }
        if (settings.hasToken() && !settings.token().matches("[A-Za-z0-9._~+/=-]{16,}")) {
            // It travels in a cookie and a header: no separators, and long enough not to be guessed.
            throw new IllegalStateException("访问令牌至少 16 个字符，只能包含字母、数字和 ._~+/=-，已拒绝启动。");
        }
    }

    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public boolean tokenRequired() {
        return tokenRequired;
    }

    /** True when the token is not needed or matches (compared in constant time). */
    public boolean tokenMatches(String candidate) {
        if (!settings.hasToken()) {
            return !tokenRequired;
        }
        return candidate != null && MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                settings.token().getBytes(StandardCharsets.UTF_8));
    }

    public void install(Router router) {
        router.route().order(-10_000).handler(this::guard);
        // Camel's body handler (camel.server.max-body-size) reads the parts into this same routing context.
        router.post("/api/batches").order(-8_000).handler(this::rememberUpload);
        router.errorHandler(413, ctx -> reject(ctx, 413, "TOO_LARGE", "上传内容超过上限（单次请求最多 "
                + settings.maxRequestBytes() / (1024 * 1024) + " MB），请分批上传。"));
        router.get().order(Integer.MAX_VALUE).handler(new StaticPages("web"));
    }

    private void guard(RoutingContext ctx) {
        ctx.request().headers().remove(REQUEST_ID);
        var headers = ctx.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
        String path = ctx.normalizedPath();
        if (tokenRequired && needsToken(path) && !tokenMatches(presented(ctx))) {
            reject(ctx, 401, "UNAUTHORIZED", "需要访问令牌，请先登录（输入管理员提供的令牌）。");
            return;
        }
        if (ctx.request().method() == HttpMethod.POST && path.equals("/api/batches")) {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            try {
                if (length != null && Long.parseLong(length.trim()) > settings.maxRequestBytes()) {
                    reject(ctx, 413, "TOO_LARGE", "上传内容超过上限（单次请求最多 "
                            + settings.maxRequestBytes() / (1024 * 1024) + " MB），请分批上传。");
                    return;
                }
            } catch (NumberFormatException e) {
                reject(ctx, 400, "BAD_REQUEST", "请求头 Content-Length 无效。");
                return;
            }
        }
        ctx.next();
    }

    private void rememberUpload(RoutingContext ctx) {
        String id = UUID.randomUUID().toString();
        uploads.put(id, ctx);
        ctx.addEndHandler(v -> uploads.remove(id));
        ctx.request().headers().set(REQUEST_ID, id);
        ctx.next();
    }

    Optional<RoutingContext> uploadContext(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(uploads.get(id));
    }

    /** The page and its assets, the login call and the health probe are open; the rest needs the token. */
    private static boolean needsToken(String path) {
        if (path.equals("/api/login") || path.equals("/q/health")) {
            return false;
        }
        return path.startsWith("/api") || path.startsWith("/q/") || path.startsWith("/observe");
    }

    private static String presented(RoutingContext ctx) {
        String auth = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).trim();
        }
        Cookie c = ctx.request().getCookie(COOKIE);
        return c == null ? null : c.getValue();
    }

    static void reject(RoutingContext ctx, int status, String code, String message) {
        if (ctx.response().ended()) {
            return;
        }
        String body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "'") + "\"}}";
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                .putHeader("Connection", "close")
                .end(body);
    }
}
