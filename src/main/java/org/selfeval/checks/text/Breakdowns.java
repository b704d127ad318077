package org.selfeval.checks.text;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.selfeval.config.ConfigException;
import org.selfeval.config.ConfigLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which prose lists are the whole of their total (config/dictionaries/breakdowns.yaml): closed
 * breakdowns (funding levels, economic classes, 人员经费＋公用经费 …) with the totals they break down,
 * and the totals whose lists may be partial (资金用途). Immutable; loaded once.
 */
public final class Breakdowns {

    public static final String FILE = "dictionaries/breakdowns.yaml";

    /** One closed breakdown: the totals it applies to and the patterns of its items. */
    public record Closed(String name, List<Pattern> totals, List<Pattern> items) {
        boolean total(String clause) {
            return endsWithAny(totals, clause);
        }

        boolean item(String label) {
            return items.stream().anyMatch(p -> p.matcher(label).matches());
        }
    }

    private static volatile Breakdowns standard;

    private final List<Closed> closed;
    private final List<Pattern> openTotals;
    private final Pattern notOpenItem;
    private final Pattern intro;
    private final Map<String, Pattern> rates;
    private final Pattern partialIntro;

    private final Pattern sumAfterList;

    Breakdowns(List<Closed> closed, List<Pattern> openTotals, String notOpenItem, String intro, String partialIntro,
               Map<String, String> rates, String sumAfterList) {
        this.sumAfterList = Pattern.compile(sumAfterList);
        this.rates = new LinkedHashMap<>();
        rates.forEach((role, regex) -> this.rates.put(role, Pattern.compile("(?:" + regex + ")$")));
        this.closed = List.copyOf(closed);
        this.openTotals = List.copyOf(openTotals);
        this.notOpenItem = Pattern.compile(notOpenItem);
        this.intro = Pattern.compile(intro);
        this.partialIntro = Pattern.compile(partialIntro);
    }

    /** The breakdowns of the configured folder, read on first use. */
    public static Breakdowns standard() {
        Breakdowns b = standard;
        if (b == null) {
            synchronized (Breakdowns.class) {
                if (standard == null) {
                    standard = load(ConfigLoader.configDir().resolve(FILE));
                }
                b = standard;
            }
        }
        return b;
    }

    @SuppressWarnings("unchecked")
    static Breakdowns load(Path file) {
        try {
            Map<String, Object> root = new ObjectMapper(new YAMLFactory()).readValue(Files.readString(file),
                    new TypeReference<LinkedHashMap<String, Object>>() { });
            List<Closed> closed = new ArrayList<>();
            ((Map<String, Map<String, List<String>>>) root.get("closed")).forEach((name, b) ->
                    closed.add(new Closed(name, endAnchored(b.get("totals")), compile(b.get("items")))));
            Map<String, Object> open = (Map<String, Object>) root.get("open");
            return new Breakdowns(closed, endAnchored((List<String>) open.get("totals")), (String) open.get("not_items"),
                    (String) root.get("intro"), (String) root.get("partial_intro"),
                    (Map<String, String>) root.get("rates"), (String) root.get("sum_after_list"));
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("无法读取列举分解词典 " + file + ": " + e.getMessage());
        }
    }

    private static List<Pattern> compile(List<String> regexes) {
        return regexes.stream().map(Pattern::compile).toList();
    }

    private static List<Pattern> endAnchored(List<String> regexes) {
        return regexes.stream().map(r -> Pattern.compile("(?:" + r + ")$")).toList();
    }

    private static boolean endsWithAny(List<Pattern> patterns, String clause) {
        return patterns.stream().anyMatch(p -> p.matcher(clause).find());
    }

    /** The closed breakdowns whose totals the clause before an amount names. */
    List<Closed> closedFor(String clause) {
        return closed.stream().filter(c -> c.total(clause)).toList();
    }

    /** Whether the clause names a total whose list may be partial (资金用途). */
    boolean openTotal(String clause) {
        return endsWithAny(openTotals, clause);
    }

    /** The words of the clause that name the total (the longest total pattern matched at its end). */
    String totalName(String clause) {
        String best = clause;
        int bestLength = -1;
        List<Pattern> all = new ArrayList<>(openTotals);
        closed.forEach(c -> all.addAll(c.totals()));
        for (Pattern p : all) {
            java.util.regex.Matcher m = p.matcher(clause);
            if (m.find() && m.end() - m.start() > bestLength) {
                bestLength = m.end() - m.start();
                best = m.group();
            }
        }
        return best.replaceFirst("(?:[（(][^（()）]*[)）])?(?:为|共|计|共计|合计)?$", ""); // "…金额（以合同为准）为"
    }

    /** Whether a label is an item or a total of any known breakdown (a sibling, not an unknown item). */
    boolean known(String label) {
        return closed.stream().anyMatch(c -> c.item(label) || c.total(label)) || openTotal(label);
    }

    /** Whether an item label of an open list states another measure (结余, 预算 …) than a use. */
    boolean notOpenItem(String label) {
        return notOpenItem.matcher(label).find();
    }

    /** Whether the clause before a number ends with the words of a rate role (rate, numerator, denominator). */
    boolean rateRole(String role, String clause) {
        Pattern p = rates.get(role);
        return p != null && p.matcher(clause).find();
    }

    /** Whether a whole clause is the sum word that closes a list written before its total (合计, 共计支出). */
    boolean sumAfterList(String clause) {
        return sumAfterList.matcher(clause).matches();
    }

    List<Closed> closedBreakdowns() {
        return closed;
    }

    Pattern intro() {
        return intro;
    }

    Pattern partialIntro() {
        return partialIntro;
    }
}
