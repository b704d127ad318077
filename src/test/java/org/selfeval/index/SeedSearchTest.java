package org.selfeval.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.index.lucene.LuceneReportIndex;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.testing.SharedFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 4's acceptance queries on the real seed report; skipped without ../shared. */
class SeedSearchTest {

    @Test
    void seed_foundByTermRegionAndRate(@TempDir Path data) {
        Path seed = SharedFiles.require("seed/seed-report.pdf");
        SelfEvalConfig config = ConfigLoader.load(Path.of("config"));
        SelfEvalEngine engine = SelfEvalEngine.standard(config, Path.of("config"));
        IndexAnalysis analysis = IndexAnalysis.fromConfig(Path.of("config"));
        List<Integer> comparedWith = new ArrayList<>();
        CrossYear recorder = (current, others) -> {
            comparedWith.add(others.size());
            return List.of(new Finding("CROSS_YEAR_MISMATCH", Severity.WARNING, "X9", "测试", List.of(), null, null));
        };
        try (ReportIndex index = new LuceneReportIndex(data, analysis)) {
            ReportIndexer indexer = new ReportIndexer(engine, analysis,
                    index, List.of(recorder), () -> 1L);
            ReportIndexer.Outcome o = indexer.index(seed, AnalysisOptions.defaults());
            assertTrue(o.indexedOk());
            assertEquals(List.of(0), comparedWith);
            index.refresh();
            String sha = o.indexed().sha256();
            assertEquals(List.of(sha), shas(index, SearchQuery.text("专精特新")));
            assertEquals(List.of(sha), shas(index, SearchQuery.text("君山区")));
            assertEquals(List.of(sha), shas(index, new SearchQuery(null, null, null, null, null, null, null,
                    List.of(FigureCondition.parse("执行率>95%")), false, 10)));
            assertEquals(List.of(), shas(index, new SearchQuery(null, null, null, null, null, null, null,
                    List.of(FigureCondition.parse("执行率<95%")), false, 10)));
            assertEquals(List.of(sha), shas(index, new SearchQuery(null, null, null, null, null, "CROSS_YEAR_MISMATCH",
                    null, List.of(), false, 10)));
            IndexedReport stored = index.get(sha).orElseThrow();
            assertTrue(stored.sections().size() >= 3, stored.sections().toString());
            assertTrue(stored.text().contains("专精特新"));
        }
    }

    private static List<String> shas(ReportIndex index, SearchQuery q) {
        return index.search(q).hits().stream().map(SearchHit::sha256).toList();
    }
}
