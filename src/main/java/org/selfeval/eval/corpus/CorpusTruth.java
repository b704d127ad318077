package org.selfeval.eval.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The labelled corpus's truth/*.json (schema in its README), keyed by document basename. */
public final class CorpusTruth {

    /** One truth inconsistency; {@code index} is its place in the document's list. */
    public record Item(int index, String code, List<Double> numbers, boolean optional, String description) {
    }

    public record Part(String kind, String canonical) {
    }

    public record Doc(String file, String profile, String family, boolean clean, List<Part> missing,
                      JsonNode completeness, List<Item> items) {
    }

    private CorpusTruth() {
    }

    /** Truth files in file-name order (the scorer's order), keyed by the document basename they describe. */
    public static Map<String, Doc> load(Path truthDir) {
        Map<String, Doc> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(truthDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                Doc d = parse(Json.MAPPER.readTree(f.toFile()));
                out.put(d.file(), d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read truth in " + truthDir, e);
        }
        return out;
    }

    public static Doc parse(JsonNode t) {
        List<Part> missing = new ArrayList<>();
        t.path("missing").forEach(m -> missing.add(new Part(m.path("kind").asText(), m.path("canonical").asText())));
        List<Item> items = new ArrayList<>();
        for (JsonNode it : t.path("inconsistencies")) {
            List<Double> numbers = new ArrayList<>();
            it.path("numbers").forEach(n -> numbers.add(n.asDouble()));
            items.add(new Item(items.size(), it.path("code").asText(), numbers, it.path("optional").asBoolean(false),
                    it.path("description").asText("")));
        }
        JsonNode family = t.path("family");
        return new Doc(t.path("file").asText(), t.path("profile").asText(),
                family.isTextual() && !family.asText().isEmpty() ? family.asText() : null,
                t.path("clean").asBoolean(), missing, t.path("completeness"), items);
    }
}
