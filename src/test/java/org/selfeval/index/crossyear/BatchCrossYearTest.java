package org.selfeval.index.crossyear;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.config.ConfigLoader;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.eval.crossyear.CrossYearCorpus;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReportBuilder;
import org.selfeval.synth.DocxRenderer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch of generated department families: cross-year findings on injected families only, order kept. */
class BatchCrossYearTest {

    @Test
    void findsInjectedFamiliesAndKeepsCleanOnesQuiet(@TempDir Path dir) throws Exception {
        CrossYearCorpus.Corpus corpus = CrossYearCorpus.generate(dir, 4, 2, 7, List.of(new DocxRenderer()));
        SelfEvalEngine engine = SelfEvalEngine.standard(ConfigLoader.load(), ConfigLoader.configDir());
        List<CrossYearCorpus.Member> members = corpus.members().stream().filter(m -> m.version() == 1).toList();
        List<ReportResult> checked = members.stream()
                .map(m -> engine.analyse(m.file(), AnalysisOptions.defaults())).toList();
        BatchCrossYear batch = new BatchCrossYear(new IndexedReportBuilder(IndexAnalysis.fromConfig(ConfigLoader.configDir())),
                List.of(CrossYearChecker.of(engine.profiles())));
        List<ReportResult> out = batch.apply(checked);

        assertEquals(checked.stream().map(ReportResult::file).toList(), out.stream().map(ReportResult::file).toList());
        Set<String> goldFiles = corpus.gold().stream().map(g -> Path.of(g.file()).getFileName().toString())
                .collect(Collectors.toSet());
        int flagged = 0;
        for (int i = 0; i < members.size(); i++) {
            long cross = out.get(i).findings().stream().filter(f -> f.code().equals("CROSS_YEAR_MISMATCH")).count();
            String name = members.get(i).file().getFileName().toString();
            if (members.get(i).clean() || !goldFiles.contains(name)) {
                assertEquals(0, cross, "no cross-year finding expected on " + name);
            } else if (cross > 0) {
                flagged++;
            }
        }
        assertTrue(!goldFiles.isEmpty() && flagged > 0, "some injected family must be found");
    }
}
