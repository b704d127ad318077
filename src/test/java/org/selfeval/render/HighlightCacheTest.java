package org.selfeval.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.extract.Hashing;
import org.selfeval.model.Finding;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.ReportGenerator;
import org.selfeval.testing.CjkPdfRenderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Highlight boxes are located once per result of a report, then read from the views cache. */
class HighlightCacheTest {

    @RegisterExtension
    static final CjkPdfRenderer RENDERER = new CjkPdfRenderer();

    @TempDir
    Path dir;

    @Test
    void secondRequestReadsTheCache_changedResultIsLocatedAgain() throws Exception {
        Path pdf = CorpusGenerator.write(new ReportGenerator().generate("hl", 11), RENDERER.get(), dir);
        ReportResult result = SelfEvalEngine.standard().analyse(pdf, AnalysisOptions.defaults());
        assertTrue(result.isOk() && result.findings().size() >= 2, "a generated report with findings");
        String sha = Hashing.sha256(Files.readAllBytes(pdf));
        Path cache = dir.resolve("views");

        DocumentViews views = new DocumentViews(cache, RenderOptions.defaults());
        List<Highlight> first = views.highlights(pdf, sha, result);
        assertFalse(first.isEmpty(), "some numbers are found");
        assertEquals(1, views.highlightsLocated());
        assertEquals(first, views.highlights(pdf, sha, result));
        assertEquals(1, views.highlightsLocated(), "the second request is served from the cache");

        DocumentViews restarted = new DocumentViews(cache, RenderOptions.defaults());
        assertEquals(first, restarted.highlights(pdf, sha, result));
        assertEquals(0, restarted.highlightsLocated(), "the cache survives a restart");

        // The stored result changes (a finding more in front, as a re-check or an update would give).
        List<Finding> more = new ArrayList<>(result.findings());
        more.add(0, result.findings().get(first.get(0).finding())); // one with a box
        ReportResult changed = result.withFindings(more);
        List<Highlight> again = views.highlights(pdf, sha, changed);
        assertEquals(2, views.highlightsLocated(), "a changed result is located again");
        assertEquals(new DocumentViews(dir.resolve("fresh"), RenderOptions.defaults()).highlights(pdf, sha, changed), again,
                "the boxes of the changed result, not the cached ones");
        assertTrue(again.stream().anyMatch(h -> h.finding() == 0), "the new first finding has its boxes");
        assertEquals(again, views.highlights(pdf, sha, changed));
        assertEquals(2, views.highlightsLocated());
        try (var files = Files.list(cache.resolve(sha))) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("highlights-")).count(),
                    "the earlier result's boxes are dropped");
        }
    }
}
