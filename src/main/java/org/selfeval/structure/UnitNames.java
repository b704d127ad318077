package org.selfeval.structure;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.selfeval.config.ConfigLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** The vocabulary of unit names (config/dictionaries/report-identity.yaml). */
public record UnitNames(List<String> unitSuffixes, List<String> coverLabels) {

    public static final String FILE = "dictionaries/report-identity.yaml";
    private static volatile UnitNames defaults;

    public UnitNames {
        // Longest first, so 服务中心 wins over 中心 and 委员会 over 委.
        unitSuffixes = unitSuffixes.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        coverLabels = List.copyOf(coverLabels);
    }

    record Raw(@JsonProperty("unit_suffixes") List<String> unitSuffixes,
               @JsonProperty("cover_labels") List<String> coverLabels) { }

    public static UnitNames load(Path configDir) {
        Path f = configDir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return new UnitNames(List.of("委员会", "办公室", "中心", "政府", "局", "委", "办", "院", "厅"),
                    List.of("单位名称", "填报单位", "部门名称"));
        }
        try {
            Raw raw = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(f.toFile(), Raw.class);
            return new UnitNames(raw.unitSuffixes() == null ? List.of() : raw.unitSuffixes(),
                    raw.coverLabels() == null ? List.of() : raw.coverLabels());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }

    /** The vocabulary of the default config folder, read once. */
    public static UnitNames defaults() {
        UnitNames d = defaults;
        if (d == null) {
            d = load(ConfigLoader.configDir());
            defaults = d;
        }
        return d;
    }

    /** The suffix {@code name} ends with, or null. */
    String suffixOf(String name) {
        for (String s : unitSuffixes) {
            if (name.endsWith(s) && name.length() > s.length()) {
                return s;
            }
        }
        return null;
    }

    /** The shortest prefix of {@code text} (≥ 3 characters) that ends like a unit name, or null. */
    String unitPrefix(String text) {
        for (int end = 3; end < text.length(); end++) {
            if (suffixOf(text.substring(0, end)) != null) {
                return text.substring(0, end);
            }
        }
        return null;
    }
}
