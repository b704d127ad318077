package org.selfeval.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Renders a spec into one file format. */
public interface SpecRenderer {

    /** File extension without dot: docx, pdf. */
    String format();

    Rendered render(ReportSpec spec, Path out) throws IOException;

    /**
     * What only the renderer knows: page count and the pages each table sits on (PDF), or 0 and
     * empty lists where the format has no fixed pages (Word).
     */
    record Rendered(int pages, Map<TableSpec.Kind, List<Integer>> tablePages) {
        public Rendered {
            tablePages = Map.copyOf(tablePages);
        }
    }
}
