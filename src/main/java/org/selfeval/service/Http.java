package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.selfeval.pipeline.Json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Answers of the API beans: JSON or bytes with a status, and the one error body. */
final class Http {

    private Http() {
    }

    static void json(Exchange ex, int status, Object body) {
        Message out = ex.getMessage();
        out.removeHeaders("*", Exchange.HTTP_RESPONSE_CODE);
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
        out.setBody(Json.line(body).getBytes(StandardCharsets.UTF_8));
    }

    static void bytes(Exchange ex, String contentType, byte[] body, String attachmentName) {
        Message out = ex.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        out.setHeader(Exchange.CONTENT_TYPE, contentType);
        if (attachmentName != null) {
            out.setHeader("Content-Disposition", disposition(attachmentName));
        }
        out.setBody(body);
    }

    static void error(Exchange ex, ApiError e) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ObjectNode err = body.putObject("error");
        err.put("code", e.code());
        err.put("message", e.getMessage());
        json(ex, e.status(), body);
    }

    /** Runs an API call, turning its {@link ApiError}s and unexpected failures into error bodies. */
    static void handle(Exchange ex, ApiCall call) {
        try {
            call.run();
        } catch (ApiError e) {
            error(ex, e);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Http.class).error("API call failed", e);
            error(ex, new ApiError(500, "INTERNAL", "服务器内部错误，请稍后重试或联系管理员。"));
        }
    }

    interface ApiCall {
        void run();
    }

    /** attachment; an ASCII fallback name plus the real one in RFC 5987 form. */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String param(Exchange ex, String name) {
        List<String> all = params(ex, name);
        return all.isEmpty() ? null : all.get(0);
    }

    /** A query parameter's values (platform-http gives a repeated one as a list). */
    static List<String> params(Exchange ex, String name) {
        Object v = ex.getIn().getHeader(name);
        List<String> out = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            c.forEach(x -> out.add(String.valueOf(x)));
        } else if (v != null) {
            out.add(String.valueOf(v));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    static Integer intParam(Exchange ex, String name, Integer fallback) {
        String v = param(ex, name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("参数 " + name + " 应为整数。");
        }
    }
}
