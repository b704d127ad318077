package org.selfeval.service;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.selfeval.config.ServiceSettings;
import org.selfeval.pipeline.Json;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What every HTTP request passes first, on the Vert.x router in front of the Camel routes: the
 * access token (when bound off loopback), the request-size limits (uploads; a small one for every
 * other body), the login rate limit, read timeouts, safe response headers, and a handle on an
 * upload's parts for the upload bean. Every error the router or the server itself answers gets the
 * JSON error shape. Also serves the web page from the classpath.
 */
public final class HttpGuard {

    /** Request header carrying this request's upload handle to the Camel route (incoming copies are dropped). */
    public static final String REQUEST_ID = "X-Selfeval-Request";
    public static final String COOKIE = "selfeval_token";

    private final ServiceSettings settings;
    private final boolean tokenRequired;
    private final Map<String, RoutingContext> uploads = new ConcurrentHashMap<>();
    private final ServiceSettings.Http limits;
    private final LoginLimiter logins;
    private final ReadTimeouts timeouts;
    /** The server's multipart part limit (Vert.x's default, 256). */
    private volatile int maxFormFields = HttpServerOptions.DEFAULT_MAX_FORM_FIELDS;

    public HttpGuard(ServiceSettings settings) {
        this.settings = settings;
        this.limits = settings.http();
        this.logins = new LoginLimiter(limits.loginAttemptsPerMinute());
        this.timeouts = new ReadTimeouts(limits.headerTimeoutSeconds(), limits.bodyTimeoutSeconds());
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

    /**
     * Server options Camel does not expose: the idle timeout; HTTP/1.1 only (no h2c upgrade: the
     * guard reads small bodies before Camel's body handler, whose resume() an HTTP/2 stream refuses).
     */
    HttpServerOptions configure(HttpServerOptions options) {
        maxFormFields = options.getMaxFormFields();
        return options.setIdleTimeout(limits.idleTimeoutSeconds()).setIdleTimeoutUnit(TimeUnit.SECONDS)
                .setHttp2ClearTextEnabled(false);
    }

    /** Hooks on the server before it listens: unparsable requests and the header timeout. */
    void attach(Vertx vertx, HttpServer server) {
        server.invalidRequestHandler(this::invalid);
        server.connectionHandler(c -> timeouts.connected(vertx, c));
    }

    public void install(Router router) {
        // First route, so every failure of every request comes here before any default handling.
        router.route().order(-10_001).failureHandler(this::failed);
        router.route().order(-10_000).handler(this::guard);
        // Camel's body handler (camel.server.max-body-size) reads the parts into this same routing context.
        router.post("/api/batches").order(-8_000).handler(this::rememberUpload);
        // Every other body is small: read here with the small limit; Camel's body handler then skips.
        BodyHandler small = BodyHandler.create(false).setBodyLimit(limits.maxJsonBodyBytes());
        router.route().order(-7_000).handler(ctx -> {
            if (isUpload(ctx)) {
                ctx.next();
            } else {
                small.handle(ctx);
            }
        });
        errorHandlers(router);
        router.get().order(Integer.MAX_VALUE).handler(new StaticPages("web"));
    }

    /** Error handlers on the server's root router too: a context fails on the router it was routed by. */
    void installRoot(Router root) {
        errorHandlers(root);
    }

    private void errorHandlers(Router router) {
        for (int status : ApiError.ENGINE_STATUSES) {
            router.errorHandler(status, this::failed);
        }
    }

    /** A failed routing context (no route, wrong method, body limit, a parser's exception …). */
    private void failed(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return; // answered already (a late failure, e.g. the connection we closed after a 413)
        }
        Throwable failure = ctx.failure();
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status == 413 || tooManyParts(ctx)) {
            // Too many parts is the client's doing like too many files: 413, not a server error.
            reject(ctx, ApiError.tooLarge(isUpload(ctx)
                    ? "上传内容超过上限（单次请求最多 " + settings.maxFilesPerUpload() + " 个文件、"
                    + settings.maxRequestBytes() / (1024 * 1024) + " MB），请分批上传。"
                    : "请求内容超过上限（最多 " + limits.maxJsonBodyBytes() + " 字节）。"));
        } else if (failure instanceof HttpPostRequestDecoder.ErrorDataDecoderException
                || status >= 500 && isUpload(ctx) && !ctx.request().isEnded()) {
            // The body could not be read to its end: the client's doing, not a server error.
            reject(ctx, ApiError.badRequest("上传内容格式无效（multipart/form-data 无法解析）。"));
        } else {
            if (status >= 500) {
                LoggerFactory.getLogger(HttpGuard.class).error("HTTP request failed: {} {}", ctx.request().method(),
                        ctx.normalizedPath(), failure);
            }
            reject(ctx, ApiError.forStatus(status));
        }
    }

    /**
     * The multipart decoder stopped at its part limit (Vert.x reports only "Pipe closed" then):
     * as many parts arrived as the server takes, so this is too many files, not a server error.
     */
    private boolean tooManyParts(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof HttpPostRequestDecoder.TooManyFormFieldsException
                || failure instanceof HttpPostRequestDecoder.TooLongFormFieldException) {
            return true;
        }
        return isUpload(ctx) && ctx.fileUploads().size() + ctx.request().formAttributes().size() >= maxFormFields - 1;
    }

    /** A request the server could not parse (bad request line, headers too long …): answered and closed. */
    private void invalid(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        ApiError e = cause instanceof TooLongHttpLineException ? ApiError.forStatus(414)
                : cause instanceof TooLongHttpHeaderException ? ApiError.forStatus(431) : ApiError.forStatus(400);
        request.response().setStatusCode(e.status()).putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body(e));
    }

    private static boolean isUpload(RoutingContext ctx) {
        return ctx.request().method() == HttpMethod.POST && ctx.normalizedPath().equals("/api/batches");
    }

    private void guard(RoutingContext ctx) {
        ctx.request().headers().remove(REQUEST_ID);
        var headers = ctx.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
        String path = ctx.normalizedPath();
        timeouts.request(ctx, () -> {
            // Parts being written to disk are cancelled while their files are open (Vert.x's own
            // clean-up after the close would find them closed and log an error).
            ctx.fileUploads().forEach(io.vertx.ext.web.FileUpload::cancel);
            reject(ctx, new ApiError(408, "TIMEOUT", "请求内容 " + timeouts.bodySeconds() + " 秒没有继续发送，连接已关闭。"));
        });
        if (ctx.request().method() == HttpMethod.POST && path.equals("/api/login")) {
            long wait = logins.acquire(ctx.request().remoteAddress().hostAddress(), System.currentTimeMillis());
            if (wait > 0) {
                ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
                reject(ctx, 429, "TOO_MANY_REQUESTS", "登录尝试过于频繁，请 " + wait + " 秒后再试。");
                return;
            }
        }
        if (tokenRequired && needsToken(path) && !tokenMatches(presented(ctx))) {
            reject(ctx, 401, "UNAUTHORIZED", "需要访问令牌，请先登录（输入管理员提供的令牌）。");
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            // Refused from the header, before a byte of the body is read.
            if (length != null && Long.parseLong(length.trim())
                    > (isUpload(ctx) ? settings.maxRequestBytes() : limits.maxJsonBodyBytes())) {
                ctx.fail(413);
                return;
            }
        } catch (NumberFormatException e) {
            reject(ctx, 400, "BAD_REQUEST", "请求头 Content-Length 无效。");
            return;
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
        reject(ctx, new ApiError(status, code, message));
    }

    /**
     * Answers the error. While a body is still arriving the connection is closed after the answer
     * (the rest is not read); a request read to its end leaves that to the client.
     */
    static void reject(RoutingContext ctx, ApiError e) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        var connection = ctx.request().connection();
        boolean unread = !ctx.request().isEnded();
        ctx.response().setStatusCode(e.status()).putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body(e))
                .onComplete(done -> {
                    if (unread) {
                        connection.close();
                    }
                });
    }

    private static final String JSON = "application/json; charset=utf-8";

    private static String body(ApiError e) {
        var body = Json.MAPPER.createObjectNode();
        body.putObject("error").put("code", e.code()).put("message", e.getMessage());
        return Json.line(body);
    }
}
