package org.selfeval.eval.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import org.selfeval.eval.corpus.CorpusScore.CodeRow;
import org.selfeval.eval.corpus.CorpusScore.Miss;
import org.selfeval.eval.corpus.CorpusScore.PartDetail;
import org.selfeval.eval.corpus.CorpusScore.Rates;
import org.selfeval.eval.corpus.CorpusScore.Unmatched;
import org.selfeval.eval.corpus.CorpusTruth.Doc;
import org.selfeval.eval.corpus.CorpusTruth.Item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores `check --format json` lines against the labelled corpus truth with the rules of the
 * corpus's score.py (README "Matching rules"), so that both give the same numbers on the same output.
 */
public final class CorpusScorer {

    static final double TOL = 0.005;
    /** score.py's CODES: these come first in the per-code table. */
    private static final Set<String> KNOWN_CODES = Set.of("SUM_MISMATCH", "RATIO_MISMATCH", "DIFF_MISMATCH",
            "TEXT_TABLE_MISMATCH", "SCORE_MISMATCH", "WEIGHT_MISMATCH", "CROSS_YEAR_MISMATCH", "CONFLICTING_VALUES",
            "DEVIATION_UNEXPLAINED", "YEAR_MISMATCH");
    private static final String CROSS_YEAR = "CROSS_YEAR_MISMATCH";

    private final TitleAliases aliases;

    public CorpusScorer(TitleAliases aliases) {
        this.aliases = aliases;
    }

    private record Key(String file, int index) {
    }

    public CorpusScore score(Map<String, Doc> truth, List<JsonNode> rows) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        int unknown = 0;
        for (JsonNode row : rows) {
            String b = basename(row.path("file").asText(""));
            if (truth.containsKey(b)) {
                out.put(b, row);
            } else {
                unknown++;
            }
        }
        List<String> ok = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String b : truth.keySet()) {
            if (!out.containsKey(b)) {
                absent.add(b);
            } else if ("ok".equals(out.get(b).path("status").asText(null))) {
                ok.add(b);
            } else {
                JsonNode e = out.get(b).path("error");
                failed.add(b + ": " + e.path("code").asText("null") + " " + e.path("message").asText(""));
            }
        }

        // ---------------- sections / attachments
        int sTp = 0, sFp = 0, sFn = 0, ignored = 0, compOk = 0, compTotalOk = 0;
        List<PartDetail> partDetails = new ArrayList<>();
        Set<String> okSet = new HashSet<>(ok);
        for (Doc t : truth.values()) {
            Set<String> want = new TreeSet<>();
            t.missing().forEach(m -> want.add(m.kind() + ":" + m.canonical()));
            Set<String> got = new TreeSet<>();
            List<String> unresolved = new ArrayList<>();
            if (okSet.contains(t.file())) {
                JsonNode row = out.get(t.file());
                for (JsonNode m : row.path("missing")) {
                    String kind = m.path("kind").asText(null);
                    String title = m.path("canonical").isNull() ? null : m.path("canonical").asText(null);
                    if (aliases.isIgnored(t.profile(), kind, title)) {
                        ignored++;
                        continue;
                    }
                    String c = aliases.resolve(t.profile(), kind, title);
                    if (c == null) {
                        unresolved.add(kind + ":" + title);
                    } else {
                        got.add(kind + ":" + c);
                    }
                }
                JsonNode co = row.path("completeness");
                JsonNode tc = t.completeness();
                if (List.of("body", "bodyMax", "attachments", "attachmentsMax").stream()
                        .allMatch(k -> sameNumber(co.get(k), tc.get(k)))) {
                    compOk++;
                }
                if (orZero(co, "body") + orZero(co, "attachments")
                        == tc.path("body").asDouble() + tc.path("attachments").asDouble()) {
                    compTotalOk++;
                }
            }
            Set<String> tp = new TreeSet<>(want);
            tp.retainAll(got);
            Set<String> fn = new TreeSet<>(want);
            fn.removeAll(got);
            Set<String> fp = new TreeSet<>(got);
            fp.removeAll(want);
            sTp += tp.size();
            sFp += fp.size() + unresolved.size();
            sFn += fn.size();
            if (!fp.isEmpty() || !unresolved.isEmpty() || !fn.isEmpty()) {
                List<String> spurious = new ArrayList<>(fp);
                spurious.addAll(unresolved);
                partDetails.add(new PartDetail(t.file(), List.copyOf(fn), spurious));
            }
        }

        // ---------------- inconsistencies
        Map<String, List<Map.Entry<String, Item>>> familyItems = new LinkedHashMap<>();
        for (Doc t : truth.values()) {
            if (t.family() != null) {
                for (Item it : t.items()) {
                    if (CROSS_YEAR.equals(it.code())) {
                        familyItems.computeIfAbsent(t.family(), k -> new ArrayList<>()).add(Map.entry(t.file(), it));
                    }
                }
            }
        }
        Set<Key> recalled = new HashSet<>();
        int total = 0, matching = 0, cleanFp = 0;
        Map<String, int[]> perCode = new LinkedHashMap<>();
        Set<String> cleanDocsFp = new LinkedHashSet<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (String b : ok) {
            Doc t = truth.get(b);
            for (JsonNode f : out.get(b).path("findings")) {
                String severity = f.path("severity").asText(null);
                String code = f.path("code").asText("?");
                if (!("error".equals(severity) || "warning".equals(severity)) || "NUMBERING".equals(code)) {
                    continue;
                }
                total++;
                int[] pc = perCode.computeIfAbsent(code, k -> new int[2]);
                pc[1]++;
                List<Double> values = findingValues(f);
                boolean hit = false;
                for (Item it : t.items()) {
                    if (matches(code, values, it)) {
                        recalled.add(new Key(b, it.index()));
                        hit = true;
                    }
                }
                if (CROSS_YEAR.equals(code) && t.family() != null) {
                    for (Map.Entry<String, Item> e : familyItems.getOrDefault(t.family(), List.of())) {
                        if (matches(code, values, e.getValue())) {
                            recalled.add(new Key(e.getKey(), e.getValue().index()));
                            hit = true;
                        }
                    }
                }
                if (hit) {
                    matching++;
                    pc[0]++;
                } else {
                    String message = f.path("message").asText("");
                    unmatched.add(new Unmatched(b, code, severity, values,
                            message.substring(0, message.offsetByCodePoints(0, Math.min(60, message.codePointCount(0, message.length()))))));
                    if (t.clean()) {
                        cleanFp++;
                        cleanDocsFp.add(b);
                    }
                }
            }
        }
        int required = 0, hitRequired = 0, optionalHit = 0;
        List<Miss> misses = new ArrayList<>();
        Map<String, int[]> truthPerCode = new LinkedHashMap<>();
        for (Doc t : truth.values()) {
            for (Item it : t.items()) {
                boolean found = recalled.contains(new Key(t.file(), it.index()));
                if (it.optional()) {
                    optionalHit += found ? 1 : 0;
                    continue;
                }
                required++;
                int[] tc = truthPerCode.computeIfAbsent(it.code(), k -> new int[2]);
                tc[1]++;
                if (found) {
                    hitRequired++;
                    tc[0]++;
                } else {
                    misses.add(new Miss(t.file(), it.code(), it.numbers()));
                }
            }
        }
        double prec = total == 0 ? 0.0 : (double) matching / total;
        double rec = required == 0 ? 0.0 : (double) hitRequired / required;
        Rates inconsistencies = new Rates(matching, total - matching, required - hitRequired, prec, rec,
                Rates.f1(prec, rec));
        Set<String> codes = new TreeSet<>(Comparator.comparing((String c) -> !KNOWN_CODES.contains(c))
                .thenComparing(Comparator.naturalOrder()));
        codes.addAll(truthPerCode.keySet());
        codes.addAll(perCode.keySet());
        List<CodeRow> rowsPerCode = new ArrayList<>();
        for (String c : codes) {
            int[] tr = truthPerCode.getOrDefault(c, new int[2]);
            int[] fd = perCode.getOrDefault(c, new int[2]);
            double r = tr[1] == 0 ? 0.0 : (double) tr[0] / tr[1];
            double p = fd[1] == 0 ? 0.0 : (double) fd[0] / fd[1];
            rowsPerCode.add(new CodeRow(c, tr[1], r, fd[1], p, Rates.f1(p, r)));
        }
        int cleanDocs = (int) truth.values().stream().filter(Doc::clean).count();
        return new CorpusScore(truth.size(), ok.size(), failed, absent, unknown, Rates.of(sTp, sFp, sFn), ignored,
                partDetails, compOk, compTotalOk, required, hitRequired, optionalHit, total, matching,
                inconsistencies, rowsPerCode, cleanFp, cleanDocsFp.size(), cleanDocs, misses, unmatched);
    }

    /** A finding matches a truth item when ≥ 2 of its numbers are among the values (1 for WEIGHT). */
    static boolean matches(String findingCode, List<Double> values, Item item) {
        int need = Math.min(2, item.numbers().size());
        if ("WEIGHT_MISMATCH".equals(item.code()) && "WEIGHT_MISMATCH".equals(findingCode)) {
            need = 1;
        }
        int found = 0;
        for (double n : item.numbers()) {
            if (values.stream().anyMatch(v -> Math.abs(v - n) <= TOL)) {
                found++;
            }
        }
        return found >= need;
    }

    /** values[].value (or bare values) that are numbers or numeric strings; booleans are not numbers. */
    static List<Double> findingValues(JsonNode finding) {
        List<Double> out = new ArrayList<>();
        for (JsonNode v : finding.path("values")) {
            JsonNode x = v.isObject() ? v.path("value") : v;
            if (x.isNumber()) {
                out.add(x.asDouble());
            } else if (x.isTextual()) {
                try {
                    out.add(Double.parseDouble(x.asText().replace(",", "").strip()));
                } catch (NumberFormatException ignored) {
                    // not a number: score.py skips it too
                }
            }
        }
        return out;
    }

    private static boolean sameNumber(JsonNode a, JsonNode b) {
        if (a == null || b == null || a.isNull() || b.isNull()) {
            return (a == null || a.isNull()) && (b == null || b.isNull());
        }
        return a.isNumber() && b.isNumber() ? a.asDouble() == b.asDouble() : a.equals(b);
    }

    /** score.py's {@code c.get(k, -1) or 0}: absent → −1, null or 0 → 0. */
    private static double orZero(JsonNode completeness, String key) {
        JsonNode v = completeness.get(key);
        if (v == null) {
            return -1;
        }
        return v.isNumber() ? v.asDouble() : 0;
    }

    private static String basename(String file) {
        int slash = file.lastIndexOf('/'); // os.path.basename on POSIX
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
