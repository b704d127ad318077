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
}
