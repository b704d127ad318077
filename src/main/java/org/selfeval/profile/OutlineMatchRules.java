package org.selfeval.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.selfeval.config.ConfigException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settings of heading ↔ part matching and of profile choice, from config/rules/outline-match.yaml.
 *
 * @param threshold    weighted Dice overlap from which a heading carries a part's meaning
 * @param terms        words the segmenter must keep whole (自评)
 * @param synonyms     words folded before comparing (相关 → 有关)
 * @param dropNatures  HanLP natures ignored in titles (punctuation, particles…)
 */
public record OutlineMatchRules(double threshold, List<String> terms, Map<String, String> synonyms,
                                Set<String> dropNatures, double titleWeight, double detectWeight,
                                double fitWeight) {

    public static final String FILE = "outline-match.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Yaml(SimilarityYaml similarity, ChoiceYaml profileChoice) {
    }

    record SimilarityYaml(Double threshold, List<String> terms, Map<String, String> synonyms,
                          List<String> dropNatures) {
    }

    record ChoiceYaml(Double titleWeight, Double detectWeight, Double fitWeight) {
    }

    public OutlineMatchRules {
        terms = List.copyOf(terms);
        synonyms = Map.copyOf(synonyms);
        dropNatures = Set.copyOf(dropNatures);
    }

    /** Alias patterns only, the old title-first choice: for a rules folder without the file. */
    public static OutlineMatchRules patternsOnly() {
        return new OutlineMatchRules(Double.POSITIVE_INFINITY, List.of(), Map.of(), Set.of(), 3, 1, 2);
    }

    public static OutlineMatchRules load(Path rulesDir) {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return patternsOnly();
        }
        Yaml y;
        try {
            y = YAML.readValue(file.toFile(), Yaml.class);
        } catch (IOException e) {
            throw new ConfigException("标题匹配配置有误 " + file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (y.similarity() == null || y.similarity().threshold() == null || y.profileChoice() == null
                || y.profileChoice().titleWeight() == null || y.profileChoice().detectWeight() == null
                || y.profileChoice().fitWeight() == null) {
            throw new ConfigException("标题匹配配置不完整 " + file
                    + ": 需要 similarity.threshold 与 profile_choice.title_weight/detect_weight/fit_weight");
        }
        SimilarityYaml s = y.similarity();
        return new OutlineMatchRules(s.threshold(), orEmpty(s.terms()),
                s.synonyms() == null ? Map.of() : s.synonyms(), Set.copyOf(orEmpty(s.dropNatures())),
                y.profileChoice().titleWeight(), y.profileChoice().detectWeight(), y.profileChoice().fitWeight());
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }
}
