package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.eval.crossyear.CrossYearCorpus;
import org.selfeval.synth.DocxRenderer;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-year at both ends in the service: year N+1 uploaded first, year N in a later batch; the
 * stored result of N+1 then has the pair's finding too, and a reviewer's decision on another of its
 * findings stays attached.
 */
class CrossYearServiceTest {

    @TempDir
    Path tmp;

    @Test
    void earlierYearUploadedLater_laterReportGetsTheFinding_decisionsKept() throws Exception {
        CrossYearCorpus.Corpus corpus = CrossYearCorpus.generate(tmp.resolve("gen"), 2, 2, 7, List.of(new DocxRenderer()));
        assertFalse(corpus.gold().isEmpty(), "the seed injects a mismatch");
        List<CrossYearCorpus.Member> family = corpus.members().stream().filter(m -> m.family() == 1)
                .sorted(Comparator.comparingInt(CrossYearCorpus.Member::year)).toList();
        Path earlier = family.get(0).file();
        Path later = family.get(1).file();
        try (ServiceHarness h = ServiceHarness.start(tmp.resolve("work"), s -> s)) {
            String laterSha = only(h, Map.of(later.getFileName().toString(), ServiceHarness.read(later)));
            JsonNode before = h.json(h.get("/api/reports/" + laterSha), 200);
            assertTrue(crossYear(before).isEmpty(), "no earlier year yet");
            assertTrue(before.path("findings").size() > 0, "generated reports carry findings");
            String decided = before.at("/findings/0/id").asText();
            h.json(HttpRequest.newBuilder(h.uri("/api/reports/" + laterSha + "/findings/" + decided + "/decision"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"confirmed\",\"comment\":\"已核\"}")), 200);

            String earlierSha = only(h, Map.of(earlier.getFileName().toString(), ServiceHarness.read(earlier)));
            List<JsonNode> onEarlier = crossYear(h.json(h.get("/api/reports/" + earlierSha), 200));
            assertFalse(onEarlier.isEmpty(), "the newcomer gets the pair's finding");

            JsonNode after = h.json(h.get("/api/reports/" + laterSha), 200);
            List<JsonNode> onLater = crossYear(after);
            assertEquals(onEarlier.size(), onLater.size(), "the later report gets it too: " + after.path("findings"));
            assertEquals(onEarlier.get(0).path("message").asText(), onLater.get(0).path("message").asText());
            assertEquals(before.path("findings").size() + onLater.size(), after.path("findings").size());
            assertEquals(decided, after.at("/findings/0/id").asText(), "other findings keep their ids");
            assertEquals("confirmed", after.at("/findings/0/decision/status").asText());
            assertEquals(200, h.send(h.get("/api/reports/" + laterSha + "/highlights")).statusCode());
        }
    }

    /** Uploads one file as its own batch, waits for it, returns its sha256. */
    private static String only(ServiceHarness h, Map<String, byte[]> file) throws Exception {
        String batch = h.json(h.upload(file, null), 202).path("batch").asText();
        JsonNode done = h.awaitBatch(batch, 1, Duration.ofSeconds(120));
        JsonNode f = done.at("/files/0");
        assertEquals("ok", f.path("status").asText(), f.toString());
        return f.path("sha256").asText();
    }

    private static List<JsonNode> crossYear(JsonNode report) {
        List<JsonNode> out = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("code").asText().equals("CROSS_YEAR_MISMATCH")) {
                out.add(f);
            }
        });
        return out;
    }
}
