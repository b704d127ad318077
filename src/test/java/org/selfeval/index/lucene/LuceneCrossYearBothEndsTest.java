package org.selfeval.index.lucene;

import org.junit.jupiter.api.io.TempDir;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.crossyear.CrossYearBothEnds;

import java.nio.file.Files;
import java.nio.file.Path;

class LuceneCrossYearBothEndsTest extends CrossYearBothEnds {

    @TempDir
    static Path data;

    @Override
    protected ReportIndex newEmptyIndex(IndexAnalysis analysis) throws Exception {
        return new LuceneReportIndex(Files.createTempDirectory(data, "idx"), analysis);
    }
}
