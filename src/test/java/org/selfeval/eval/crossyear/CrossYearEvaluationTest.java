package org.selfeval.eval.crossyear;

import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.extract.ExtractResult;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReportBuilder;
import org.selfeval.index.crossyear.CrossYearChecker;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.synth.DocxRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The whole path on rendered Word files: generate → check → index record → cross-year compare → score. */
class CrossYearEvaluationTest {

    @Test
    void generatedFamilies_everyInjectionFoundAndCleanFamiliesQuiet(@TempDir Path dir) throws Exception {
        CrossYearCorpus.Corpus corpus = CrossYearCorpus.generate(dir, 4, 2, 11, List.of(new DocxRenderer()));
        assertEquals(3, corpus.gold().size());
        SelfEvalConfig config = ConfigLoader.load();
        SelfEvalEngine engine = SelfEvalEngine.standard(config, ConfigLoader.configDir());
        DocumentReader reader = DocumentReader.standard(config.outlineRules());
        IndexedReportBuilder builder = new IndexedReportBuilder(IndexAnalysis.fromConfig(ConfigLoader.configDir()));
        CrossYearEvaluation.Result result = new CrossYearEvaluation(file -> {
            ExtractResult extracted = reader.read(file, engine.extractOptions());
            ReportResult r = engine.analyse(extracted, AnalysisOptions.defaults());
            return builder.build(r, extracted.document(), System.nanoTime());
        }, CrossYearChecker.of(engine.profiles()), 2).run(corpus);
        assertEquals(0, result.failed());
        assertEquals(3, result.tp(), result.outcomes().toString());
        assertEquals(0, result.fp(), result.outcomes().toString());
        assertEquals(0, result.fn(), result.outcomes().toString());
        assertEquals(0, result.cleanFindings());
    }
}
