package org.selfeval.synth;

import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes N reports plus their truth files. Document i is drawn from seed {@code baseSeed + i}
 * and rendered in format {@code formats[i % formats.size()]}, so a corpus is reproducible.
 */
public final class CorpusGenerator {

    private final ReportGenerator generator = new ReportGenerator();
    private final List<SpecRenderer> renderers;

    public CorpusGenerator(List<SpecRenderer> renderers) {
        if (renderers.isEmpty()) {
            throw new IllegalArgumentException("no renderer");
        }
        this.renderers = List.copyOf(renderers);
    }

    public List<Path> generate(Path dir, int count, long baseSeed) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SpecRenderer renderer = renderers.get(i % renderers.size());
            String id = String.format("synth-%05d", i);
            files.add(write(generator.generate(id, baseSeed + i), renderer, dir));
        }
        return files;
    }

    /** Renders one spec and its truth file; returns the document path. */
    public static Path write(ReportSpec spec, SpecRenderer renderer, Path dir) throws IOException {
        String name = spec.id() + "." + renderer.format();
        Path out = dir.resolve(name);
        SpecRenderer.Rendered rendered = renderer.render(spec, out);
        Truth truth = Truth.of(spec, name, renderer.format(), rendered);
        Files.writeString(dir.resolve(spec.id() + "." + renderer.format() + ".truth.json"), Json.pretty(truth),
                StandardCharsets.UTF_8);
        return out;
    }
}
