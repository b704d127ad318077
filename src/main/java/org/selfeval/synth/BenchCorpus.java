package org.selfeval.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The benchmark's corpus: reused when the directory already holds enough documents. */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    public static List<Path> ensure(Path dir, int count, long seed) throws IOException {
        List<Path> existing = documents(dir);
        if (existing.size() >= count) {
            return existing.subList(0, count);
        }
        try (PdfRenderer pdf = PdfRenderer.withSystemFont()) {
            return new CorpusGenerator(List.of(new DocxRenderer(), pdf)).generate(dir, count, seed);
        }
    }

    static List<Path> documents(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> docs = new ArrayList<>(s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".docx") || n.endsWith(".pdf") || n.endsWith(".doc");
            }).sorted().toList());
            return docs;
        }
    }
}
