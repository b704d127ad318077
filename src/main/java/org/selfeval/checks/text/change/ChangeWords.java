package org.selfeval.checks.text.change;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.selfeval.config.ConfigLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The vocabulary of config/dictionaries/change-words.yaml, as alternation patterns. */
public record ChangeWords(Pattern increase, Pattern decrease, Pattern previousYear, Pattern originalBudget,
                          Pattern adjustedTo, Pattern balance, Pattern budget, Pattern spent, Pattern partial,
                          double unitScaleGuard) {

    public static final String FILE = "dictionaries/change-words.yaml";
    private static volatile ChangeWords standard;

    public static ChangeWords standard() {
        if (standard == null) {
            standard = load(ConfigLoader.configDir().resolve(FILE));
        }
        return standard;
    }

    @SuppressWarnings("unchecked")
    public static ChangeWords load(Path file) {
        try {
            Map<String, Object> m = new ObjectMapper(new YAMLFactory()).readValue(Files.readAllBytes(file), Map.class);
            return new ChangeWords(alt(m, "increase"), alt(m, "decrease"), alt(m, "previous_year"),
                    alt(m, "original_budget"), alt(m, "adjusted_to"), alt(m, "balance"), alt(m, "budget"),
                    alt(m, "spent"), alt(m, "partial"),
                    ((Number) m.getOrDefault("unit_scale_guard", 1000)).doubleValue());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Pattern alt(Map<String, Object> m, String key) {
        List<String> words = (List<String>) m.get(key);
        if (words == null || words.isEmpty()) {
            throw new IllegalArgumentException(FILE + ": missing list '" + key + "'");
        }
        return Pattern.compile(String.join("|", words.stream().map(Pattern::quote).toList()));
    }
}
