package org.selfeval.index.lucene;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.index.ContractCorpus;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.ReportIndexContract;
import org.selfeval.index.SearchQuery;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LuceneReportIndexTest extends ReportIndexContract {

    @TempDir
    static Path temp;

    @Override
    protected ReportIndex newEmptyIndex(IndexAnalysis analysis) throws Exception {
        return new LuceneReportIndex(Files.createTempDirectory(temp, "idx"), analysis);
    }

    @Override
    protected ReportIndex newEmptyIndex(IndexAnalysis analysis, int facetValues) throws Exception {
        return new LuceneReportIndex(Files.createTempDirectory(temp, "idx"), analysis, facetValues, 2);
    }

    @Test
    void reopened_keepsReportsAndVersions() throws Exception {
        Path dir = Files.createTempDirectory(temp, "reopen");
        var corpus = ContractCorpus.reports(analysis);
        try (LuceneReportIndex idx = new LuceneReportIndex(dir, analysis)) {
            idx.upsert(corpus.get("A24v1"));
        }
        try (LuceneReportIndex idx = new LuceneReportIndex(dir, analysis)) {
            assertEquals(1, idx.count());
            idx.upsert(corpus.get("A24v2"));
            // The version map survived the restart: the older one is superseded now.
            IndexedReport old = idx.get(corpus.get("A24v1").sha256()).orElseThrow();
            assertFalse(old.current());
            assertEquals(1, idx.search(SearchQuery.text("专精特新")).total());
        }
    }

    @Test
    void secondWriter_refusedWithMessage() throws Exception {
        Path dir = Files.createTempDirectory(temp, "locked");
        try (LuceneReportIndex first = new LuceneReportIndex(dir, analysis)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new LuceneReportIndex(dir, analysis));
            assertEquals(true, e.getMessage().contains("另一进程"));
        }
    }

    @Test
    void closed_refusesUse() throws Exception {
        ReportIndex idx = newEmptyIndex(analysis);
        idx.close();
        idx.close();
        assertThrows(IllegalStateException.class, idx::count);
    }
}
