package org.selfeval.index.crossyear;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.config.ConfigLoader;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.eval.crossyear.CrossYearCorpus;
import org.selfeval.index.CrossYear;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.ReportIndexer;
import org.selfeval.model.Finding;
import org.selfeval.synth.DocxRenderer;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-year findings at both ends of a pair, per engine: a generated family whose later report
 * misstates last year's figures, the later year indexed first and the earlier one after it. Both
 * reports end with the pair's findings; indexing either again never duplicates them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CrossYearBothEnds {

    @TempDir
    static Path dir;
    private SelfEvalEngine engine;
    private IndexAnalysis analysis;
    private SelfEvalEngine.Checked earlier;
    private SelfEvalEngine.Checked later;

    /** A fresh, empty index of the engine under test (closed by the test). */
    protected abstract ReportIndex newEmptyIndex(IndexAnalysis analysis) throws Exception;

    @BeforeAll
    void checkFamily() throws Exception {
        CrossYearCorpus.Corpus corpus = CrossYearCorpus.generate(dir, 2, 2, 7, List.of(new DocxRenderer()));
        // Family 1 is an injected one (family 0 is clean); its later report carries the misstatement.
        List<CrossYearCorpus.Member> family = corpus.members().stream().filter(m -> m.family() == 1)
                .sorted(Comparator.comparingInt(CrossYearCorpus.Member::year)).toList();
        assertEquals(2, family.size());
        assertFalse(corpus.gold().isEmpty(), "the seed injects a mismatch");
        engine = SelfEvalEngine.standard(ConfigLoader.load(), ConfigLoader.configDir());
        analysis = IndexAnalysis.fromConfig(ConfigLoader.configDir());
        earlier = engine.check(family.get(0).file(), AnalysisOptions.defaults());
        later = engine.check(family.get(1).file(), AnalysisOptions.defaults());
    }

    @Test
    void laterIndexedFirst_bothEndsGetTheFinding_reindexingNeverDuplicates() throws Exception {
        try (ReportIndex index = newEmptyIndex(analysis)) {
            AtomicLong clock = new AtomicLong(1_000);
            ReportIndexer indexer = new ReportIndexer(engine, analysis, index,
                    List.of(CrossYearChecker.of(engine.profiles())), clock::incrementAndGet);
            String laterSha = later.result().sha256();
            String earlierSha = earlier.result().sha256();

            ReportIndexer.Outcome first = indexer.add(later.extracted(), later.result());
            assertEquals(0, crossYear(first.result().findings()).size(), "no earlier year yet");
            assertTrue(first.others().isEmpty());

            ReportIndexer.Outcome second = indexer.add(earlier.extracted(), earlier.result());
            List<Finding> onEarlier = crossYear(second.result().findings());
            assertFalse(onEarlier.isEmpty(), "the earlier report gets the pair's finding");
            assertEquals(1, second.others().size(), "the later report is compared again");
            ReportIndexer.Updated updated = second.others().get(0);
            assertEquals(laterSha, updated.sha256());
            // One finding of the pair, the same wording on both sides (it cites both files).
            assertEquals(onEarlier.stream().map(Finding::message).toList(),
                    updated.crossYear().stream().map(Finding::message).toList());
            assertEquals(onEarlier.size(), storedCrossYear(index, laterSha));
            assertEquals(onEarlier.size(), storedCrossYear(index, earlierSha));
            long laterIndexedAt = index.get(laterSha).orElseThrow().indexedAtMillis();

            ReportIndexer.Outcome again = indexer.add(earlier.extracted(), earlier.result());
            assertEquals(onEarlier.size(), crossYear(again.result().findings()).size());
            assertTrue(again.others().isEmpty(), "nothing changed for the later report");
            ReportIndexer.Outcome laterAgain = indexer.add(later.extracted(), later.result());
            assertEquals(onEarlier.size(), crossYear(laterAgain.result().findings()).size());
            assertTrue(laterAgain.others().isEmpty());
            index.refresh();
            assertEquals(onEarlier.size(), storedCrossYear(index, laterSha));
            assertEquals(onEarlier.size(), storedCrossYear(index, earlierSha));
            assertEquals(2, index.count());
            assertTrue(index.get(earlierSha).orElseThrow().current() && index.get(laterSha).orElseThrow().current());
            assertTrue(index.get(laterSha).orElseThrow().indexedAtMillis() > laterIndexedAt, "re-indexed");
        }
    }

    private static List<Finding> crossYear(List<Finding> findings) {
        return findings.stream().filter(f -> f.code().equals(CrossYear.CODE)).toList();
    }

    private static long storedCrossYear(ReportIndex index, String sha) {
        return index.get(sha).orElseThrow().findings().stream().filter(f -> f.code().equals(CrossYear.CODE)).count();
    }
}
