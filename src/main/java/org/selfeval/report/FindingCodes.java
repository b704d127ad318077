package org.selfeval.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.selfeval.config.ConfigException;
import org.selfeval.config.ConfigLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Chinese names of finding codes (config/finding-codes.yaml): what a reviewer reads instead of
 * SUM_MISMATCH, and what the search filters accept in its place. One table for every output.
 */
public final class FindingCodes {

    public static final String FILE = "finding-codes.yaml";
    private static volatile FindingCodes defaults;

    private final Map<String, String> names;

    public FindingCodes(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    record Raw(Map<String, String> codes) {
    }

    public static FindingCodes load(Path configDir) {
        Path f = configDir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return new FindingCodes(Map.of());
        }
        try {
            Raw raw = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(f.toFile(), Raw.class);
            return new FindingCodes(raw.codes() == null ? Map.of() : raw.codes());
        } catch (IOException e) {
            throw new ConfigException("无法读取问题代码名称表 " + f + "：" + e.getMessage());
        }
    }

    /** The table of the default config folder, read once. */
    public static FindingCodes defaults() {
        FindingCodes d = defaults;
        if (d == null) {
            d = load(ConfigLoader.configDir());
            defaults = d;
        }
        return d;
    }

    /** The Chinese name of {@code code}, or the code itself when it has none. */
    public String name(String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }

    /** Every named code with its name, codes in alphabetical order. */
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        names.keySet().stream().sorted().forEach(k -> out.put(k, names.get(k)));
        return out;
    }

    /** "未知的问题类型：X。可用：合计不一致、…。": what a filter by an unknown code or name is told. */
    public String unknown(String codeOrName) {
        return "未知的问题类型：" + codeOrName + "。可用：" + String.join("、", all().values()) + "。";
    }

    /**
     * The code a reviewer means by {@code codeOrName}: a code (any case) or a Chinese name; empty when
     * it is neither, so that a filter by an unknown name can say so instead of finding nothing.
     */
    public Optional<String> resolve(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String s = codeOrName.strip();
        String upper = s.toUpperCase(Locale.ROOT);
        if (names.containsKey(upper)) {
            return Optional.of(upper);
        }
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getValue().equals(s)) {
                return Optional.of(e.getKey());
            }
        }
        return upper.matches("[A-Z][A-Z_]+") ? Optional.of(upper) : Optional.empty();
    }
}
