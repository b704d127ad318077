package org.selfeval.eval.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The least the engine must score on the labelled corpus (config/eval/labelled-floors.yaml). */
public record CorpusFloors(double recall, double precision, double sectionsF1, double completeness, int maxCleanAlarms) {

    public static CorpusFloors load(Path yaml) {
        try {
            JsonNode n = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
            return new CorpusFloors(n.path("recall").asDouble(), n.path("precision").asDouble(),
                    n.path("sections_f1").asDouble(), n.path("completeness").asDouble(),
                    n.path("max_clean_alarms").asInt(Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + yaml, e);
        }
    }

    /** Each floor the score falls below, in words; empty when all hold. */
    public List<String> violations(CorpusScore s) {
        List<String> out = new ArrayList<>();
        below(out, "recall", s.inconsistencies().recall(), recall);
        below(out, "precision", s.inconsistencies().precision(), precision);
        below(out, "sections_f1", s.sections().f1(), sectionsF1);
        below(out, "completeness", s.completeness(), completeness);
        if (s.cleanAlarms() > maxCleanAlarms) {
            out.add("clean_alarms " + s.cleanAlarms() + " > " + maxCleanAlarms);
        }
        return out;
    }

    private static void below(List<String> out, String name, double value, double floor) {
        // compare at the printed precision so a floor copied from the SUMMARY line holds on the same run
        if (Double.parseDouble(CorpusScoreFormatter.f3(value)) < floor) {
            out.add(name + " " + CorpusScoreFormatter.f3(value) + " < " + floor);
        }
    }
}
