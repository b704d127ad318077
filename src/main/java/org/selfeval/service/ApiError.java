package org.selfeval.service;

/** An error answered to an API client: HTTP status, a code, and a plain Chinese message. */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiError notFound(String what) {
        return new ApiError(404, "NOT_FOUND", what);
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, "BAD_REQUEST", message);
    }

    public static ApiError tooLarge(String message) {
        return new ApiError(413, "TOO_LARGE", message);
    }

    /** The status codes the HTTP engine itself answers, each given the JSON error shape by the guard. */
    static final int[] ENGINE_STATUSES = {400, 401, 403, 404, 405, 406, 408, 411, 413, 414, 415, 416, 417, 429,
            431, 500, 501, 503};

    /** The generic error for a status, when nothing more specific is known. */
    public static ApiError forStatus(int status) {
        return switch (status) {
            case 400 -> badRequest("请求格式无效。");
            case 401 -> new ApiError(401, "UNAUTHORIZED", "需要访问令牌，请先登录（输入管理员提供的令牌）。");
            case 403 -> new ApiError(403, "FORBIDDEN", "无权访问。");
            case 404 -> notFound("请求的地址不存在。");
            case 405 -> new ApiError(405, "METHOD_NOT_ALLOWED", "该地址不支持这种请求方法。");
            case 406 -> new ApiError(406, "NOT_ACCEPTABLE", "无法按请求的格式应答。");
            case 408 -> new ApiError(408, "TIMEOUT", "请求内容长时间没有继续发送，连接已关闭。");
            case 411 -> new ApiError(411, "LENGTH_REQUIRED", "请求缺少 Content-Length。");
            case 413 -> tooLarge("请求内容过大。");
            case 414 -> new ApiError(414, "URI_TOO_LONG", "请求地址过长。");
            case 415 -> new ApiError(415, "UNSUPPORTED_MEDIA_TYPE",
                    "请求内容的类型不受支持（上传请用 multipart/form-data，其余请求用 JSON）。");
            case 429 -> new ApiError(429, "TOO_MANY_REQUESTS", "请求过于频繁，请稍后再试。");
            case 431 -> new ApiError(431, "HEADERS_TOO_LARGE", "请求头过大。");
            case 501 -> new ApiError(501, "NOT_IMPLEMENTED", "不支持这种请求。");
            case 503 -> new ApiError(503, "UNAVAILABLE", "服务暂不可用，请稍后重试。");
            default -> status >= 500 ? new ApiError(status, "INTERNAL", "服务器内部错误，请稍后重试或联系管理员。")
                    : new ApiError(status, "BAD_REQUEST", "请求无法处理。");
        };
    }
}
