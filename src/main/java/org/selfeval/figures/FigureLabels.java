package org.selfeval.figures;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.selfeval.config.ConfigException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The budget vocabulary: which words are domain terms (labels a figure can have), which of them
 * only say which figure of an item is meant (measures: 预算数, 决算数 …), and the canonical name of
 * each label (config/dictionaries/budget-terms.txt and figure-synonyms.yaml). Immutable.
 */
public final class FigureLabels {

    public static final String TERMS_FILE = "dictionaries/budget-terms.txt";
    public static final String SYNONYMS_FILE = "dictionaries/figure-synonyms.yaml";
    public static final String PREDICATES_FILE = "dictionaries/figure-predicates.yaml";

    private static final Pattern PREFIX = Pattern.compile(
            "^(其中[:：]?|[0-9]{1,2}[、.．]|[（(][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)+");
    private static final Pattern YEAR = Pattern.compile("^(19|20)\\d{2}年度?");
    private static final Pattern NOISE = Pattern.compile("[\\s\u3000“”\"‘’]+");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[:：;；,，、。]+$");
    private static final Pattern UNIT_NOTE = Pattern.compile("[（(](万元|元|亿元|千元|人|个|%|㎡|平方米|家|项|分|\\d+分)[)）]");

    private final Set<String> items;
    private final Set<String> measures;
    private final Map<String, String> canonical;
    /** Words right after a number that say what it is ("…万元已全部到位" → 到位资金), longest first. */
    private final Map<String, String> predicates;

    public FigureLabels(Set<String> items, Set<String> measures, Map<String, List<String>> synonyms) {
        this(items, measures, synonyms, Map.of());
    }

    public FigureLabels(Set<String> items, Set<String> measures, Map<String, List<String>> synonyms,
                        Map<String, List<String>> predicates) {
        Map<String, String> after = new java.util.TreeMap<>(
                java.util.Comparator.comparingInt(String::length).reversed().thenComparing(x -> x));
        predicates.forEach((canon, words) -> words.forEach(w -> after.put(w, canon)));
        this.predicates = java.util.Collections.unmodifiableMap(after);
        Map<String, String> map = new HashMap<>();
        Set<String> allItems = new HashSet<>(items);
        synonyms.forEach((canon, variants) -> {
            map.put(canon, canon);
            addTerm(allItems, measures, canon);
            for (String v : variants) {
                map.put(v, canon);
                addTerm(allItems, measures, v);
            }
        });
        this.items = Set.copyOf(allItems);
        this.measures = Set.copyOf(measures);
        this.canonical = Map.copyOf(map);
    }

    /** A table label such as 年度资金总额·全年执行数 is not a word of running text. */
    private static void addTerm(Set<String> items, Set<String> measures, String term) {
        if (!term.contains("·") && !measures.contains(term)) {
            items.add(term);
        }
    }

    /** Reads {@value #TERMS_FILE} and {@value #SYNONYMS_FILE} from the config folder. */
    public static FigureLabels load(Path configDir) {
        Path terms = configDir.resolve(TERMS_FILE);
        Path synonyms = configDir.resolve(SYNONYMS_FILE);
        try {
            Set<String> items = new HashSet<>();
            Set<String> measures = new HashSet<>();
            for (String line : Files.readAllLines(terms, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                (parts.length > 1 && "measure".equals(parts[1]) ? measures : items).add(parts[0]);
            }
            return new FigureLabels(items, measures, readLists(synonyms),
                    readLists(configDir.resolve(PREDICATES_FILE)));
        } catch (IOException e) {
            throw new ConfigException("无法读取数字标签词典 " + terms + " / " + synonyms + ": " + e.getMessage());
        }
    }

    private static Map<String, List<String>> readLists(Path file) throws IOException {
        return Files.exists(file)
                ? new ObjectMapper(new YAMLFactory()).readValue(file.toFile(),
                        new TypeReference<LinkedHashMap<String, List<String>>>() { })
                : Map.of();
    }

    /**
     * The canonical name a figure gets from the words right after it (a predicate such as
     * 已全部到位 names the quantity when the noun before it is generic), or null.
     */
    public String predicateLabel(String after) {
        String a = clean(after);
        for (Map.Entry<String, String> e : predicates.entrySet()) {
            if (a.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The canonical name of a figure given its own ({@code own}, may be null) and the words after it: the
     * rest of its clause, or — when the number ends its clause — the next clause of the sentence
     * ("项目资金X万元，已全部到位", "到位资金X万元，资金到位率100%"). A predicate names a figure without a known
     * label, and refines one it ends with (到位资金 → 全额到位资金); it never replaces another term.
     */
    public String canonicalWith(String own, String restOfClause, String nextClause) {
        String p = predicateLabel(restOfClause);
        if (p == null && clean(restOfClause).isEmpty() && nextClause != null) {
            p = predicateLabel(nextClause);
        }
        if (own == null) {
            return p;
        }
        return p != null && p.endsWith(own) ? p : own;
    }

    /** The canonical labels (figure-synonyms.yaml's keys), sorted: what a figure filter can name. */
    public java.util.SortedSet<String> canonicalLabels() {
        return new java.util.TreeSet<>(canonical.values());
    }

    /**
     * "未识别的指标：X。可用的指标有：…" for figure-filter labels that name no known figure (a table's
     * row·column label counts as known), so that a search with no hits says why; empty otherwise.
     */
    public java.util.Optional<String> unknownNotice(List<String> filterLabels) {
        List<String> unknown = filterLabels.stream().filter(l -> !l.contains("·") && canonicalOf(l) == null).toList();
        return unknown.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("未识别的指标："
                + String.join("、", unknown) + "。可用的指标有：" + String.join("、", canonicalLabels()) + "。");
    }

    /** Every word the segmenter should know as a domain term. */
    public Set<String> terms() {
        Set<String> all = new HashSet<>(items);
        all.addAll(measures);
        return all;
    }

    public boolean isItem(String word) {
        return items.contains(word);
    }

    public boolean isMeasure(String word) {
        return measures.contains(word);
    }

    /** The canonical name of a prose label, or null when it is not a domain term. */
    public String canonicalOf(String label) {
        if (label == null) {
            return null;
        }
        String l = clean(label);
        String c = canonical.get(l);
        if (c != null) {
            return c;
        }
        return items.contains(l) || measures.contains(l) ? l : null;
    }

    /**
     * The canonical name of a table figure: the whole row·column label if the synonyms name it,
     * else each part mapped, with the year dropped from the column (it belongs to the period).
     */
    public String canonicalOfCell(String rowHeader, String colHeader) {
        String row = rowHeader == null ? null : clean(rowHeader);
        String col = colHeader == null ? null : YEAR.matcher(clean(colHeader)).replaceFirst("");
        if (col != null && col.isEmpty()) {
            col = null;
        }
        if (row != null && col != null) {
            String whole = canonical.get(row + "·" + col);
            if (whole != null) {
                return whole;
            }
        }
        String r = row == null ? null : canonical.getOrDefault(row, row);
        String c = col == null ? null : canonical.getOrDefault(col, col);
        if (r == null) {
            return c;
        }
        return c == null ? r : r + "·" + c;
    }

    /**
     * A label as a report writes it, reduced to the words: no spaces, quotes, list numbering,
     * "其中：", trailing colon or unit note such as （万元）.
     */
    public static String clean(String raw) {
        String s = NOISE.matcher(raw).replaceAll("");
        s = PREFIX.matcher(s).replaceFirst("");
        s = UNIT_NOTE.matcher(s).replaceAll("");
        s = TRAILING_PUNCT.matcher(s).replaceAll("");
        return s;
    }
}
