package org.selfeval.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A reviewer's decision on one finding, as the service stores it ({@code decisions/<sha256>.json}:
 * finding id → {status, comment, at}), for the outputs that list findings (xlsx, HTML, annotated PDF).
 *
 * @param status confirmed, dismissed or open
 * @param at     ISO-8601 instant of the decision, or null
 */
public record Decision(String status, String comment, String at) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** True when the reviewer concluded (confirmed or dismissed), not when the finding is still open. */
    public boolean made() {
        return status != null && !"open".equals(status);
    }

    /** What a reviewer reads: 已确认, 不成立, 待处理. */
    public String label() {
        return switch (status == null ? "open" : status) {
            case "confirmed" -> "已确认";
            case "dismissed" -> "不成立";
            default -> "待处理";
        };
    }

    /** When it was made, as "2026-12-03 14:05" in this machine's time zone; null when not known. */
    public String localTime() {
        if (at == null) {
            return null;
        }
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(java.time.Instant.parse(at).atZone(java.time.ZoneId.systemDefault()));
        } catch (java.time.format.DateTimeParseException e) {
            return at;
        }
    }

    /** The decisions on one report's findings, by finding id; empty when none were made. */
    public static Map<String, Decision> read(Path decisionsDir, String sha256) throws IOException {
        if (decisionsDir == null || sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Map.of();
        }
        Path file = decisionsDir.resolve(sha256 + ".json");
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        return of(JSON.readTree(file.toFile()));
    }

    /** Decisions from the stored JSON object (finding id → {status, comment, at}). */
    public static Map<String, Decision> of(JsonNode all) {
        Map<String, Decision> out = new HashMap<>();
        if (all == null || !all.isObject()) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode d = e.getValue();
            out.put(e.getKey(), new Decision(d.path("status").asText("open"), d.path("comment").asText(""),
                    d.hasNonNull("at") ? d.get("at").asText() : null));
        }
        return out;
    }
}
