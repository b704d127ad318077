package org.selfeval.eval.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves a predicted part title to the truth profile's canonical title the way the labelled
 * corpus scorer does: exact after normalisation, a known alias, or unique containment. The table is
 * config/eval/labelled-aliases.yaml (copied from score.py, the corpus's own reference).
 */
public final class TitleAliases {

    // score.py's norm(): whitespace and the punctuation titles vary in; Python's \s is Unicode-aware
    private static final Pattern NOISE = Pattern.compile("[\\s（）()、，,：:；;“”\"'·\\-—《》]",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** profile → kind (section|attachment) → canonical → aliases, in file order. */
    private final Map<String, Map<String, Map<String, List<String>>>> profiles;
    private final Map<String, List<String>> ignoredAttachments;

    public TitleAliases(Map<String, Map<String, Map<String, List<String>>>> profiles,
                        Map<String, List<String>> ignoredAttachments) {
        this.profiles = profiles;
        this.ignoredAttachments = ignoredAttachments;
    }

    public static TitleAliases load(Path yaml) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile()).path("profiles");
            Map<String, Map<String, Map<String, List<String>>>> profiles = new LinkedHashMap<>();
            Map<String, List<String>> ignored = new LinkedHashMap<>();
            root.fields().forEachRemaining(p -> {
                Map<String, Map<String, List<String>>> kinds = new LinkedHashMap<>();
                for (String kind : List.of("section", "attachment")) {
                    Map<String, List<String>> spec = new LinkedHashMap<>();
                    p.getValue().path(kind).fields().forEachRemaining(c -> spec.put(c.getKey(), texts(c.getValue())));
                    kinds.put(kind, spec);
                }
                profiles.put(p.getKey(), kinds);
                ignored.put(p.getKey(), texts(p.getValue().path("ignore_attachment")));
            });
            return new TitleAliases(profiles, ignored);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + yaml, e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    public static String norm(String s) {
        return s == null ? "" : NOISE.matcher(s).replaceAll("");
    }

    /** The truth profile's canonical title for a predicted one, or null when it does not resolve. */
    public String resolve(String profile, String kind, String title) {
        Map<String, List<String>> spec = profiles.getOrDefault(profile, Map.of()).getOrDefault(kind, Map.of());
        String n = norm(title);
        if (n.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, List<String>> c : spec.entrySet()) {
            if (n.equals(norm(c.getKey())) || c.getValue().stream().anyMatch(a -> n.equals(norm(a)))) {
                return c.getKey();
            }
        }
        List<String> hits = new ArrayList<>();
        for (String c : spec.keySet()) {
            String nc = norm(c);
            if (n.codePointCount(0, n.length()) >= 2 && (nc.contains(n) || n.contains(nc))) {
                hits.add(c);
            }
        }
        return hits.size() == 1 ? hits.get(0) : null;
    }

    /** A conditional attachment whose predicted "missing" entry is not scored. */
    public boolean isIgnored(String profile, String kind, String title) {
        if (!"attachment".equals(kind)) {
            return false;
        }
        String n = norm(title);
        return ignoredAttachments.getOrDefault(profile, List.of()).stream().anyMatch(x -> n.contains(norm(x)));
    }
}
