package org.selfeval.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvalTablesCommandTest {

    @Test
    void missingCorpus_exitsTwo(@TempDir Path tmp) {
        int code = SelfEvalCommand.newCommandLine().execute("eval-tables", "--corpus", tmp.resolve("absent").toString());
        assertEquals(2, code);
    }

    @Test
    void emptyCorpus_reportsAndExitsZero(@TempDir Path tmp) {
        int code = SelfEvalCommand.newCommandLine().execute("eval-tables", "--corpus", tmp.toString(),
                "--cases", tmp.resolve("none.tsv").toString(), "--format", "json");
        assertEquals(0, code);
    }
}
