package org.selfeval.eval.tables;

import org.selfeval.extract.ExtractResult;
import org.selfeval.model.Box;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * "Reproduced exactly": after {@link TextNormalizer#forExactMatch}, our grid has the oracle's
 * shape and every cell equals the oracle's cell. With areas, only our tables on the page that
 * intersect an area are used, restricted to the cells inside it; the tables selected are stacked
 * in area order, then document order (that is how tabula writes several tables to one CSV).
 * A cell is inside when its centre is. A table continued over several pages is compared on the
 * case page only, as the oracles read one page.
 */
public final class ExactMatchEvaluator {

    private ExactMatchEvaluator() {
    }

    public static CaseResult evaluate(TableCase c, ExtractResult result, List<List<String>> expected,
                                      IntFunction<PageFrame> frames) {
        String expectedShape = shape(expected);
        if (c.expectedFailure() != null) {
            boolean asExpected = !result.isOk() && result.failure().code() == c.expectedFailure();
            String got = result.isOk() ? "extracted without error" : result.failure().code().name();
            return new CaseResult(c.name(), c.file(), c.mode(),
                    asExpected ? CaseResult.Status.EXPECTED_FAILURE : CaseResult.Status.WRONG_FAILURE,
                    expectedShape, null, asExpected ? null : "expected " + c.expectedFailure() + ", got " + got);
        }
        if (!result.isOk()) {
            return new CaseResult(c.name(), c.file(), c.mode(), CaseResult.Status.FAILED, expectedShape, null,
                    "extraction failed: " + result.failure().code() + " " + nz(result.failure().detail()));
        }
        return evaluate(c, result.document().tables().toList(), expected, frames);
    }

    /** Scores tables read some other way (e.g. with the oracle's explicit columns). */
    public static CaseResult evaluate(TableCase c, List<Table> tables, List<List<String>> oracle,
                                      IntFunction<PageFrame> frames) {
        List<List<String>> expected = OracleOptions.apply(c.oracle(), oracle);
        String expectedShape = shape(expected);
        List<Table> onPage = tables.stream().filter(t -> t.pages().contains(c.page())).toList();
        List<List<String>> ours = ours(c, onPage, frames);
        if (ours == null) {
            return new CaseResult(c.name(), c.file(), c.mode(), CaseResult.Status.NO_TABLE, expectedShape, null,
                    "no table of ours " + (c.areas().isEmpty() ? "on page " + c.page() : "in the area on page " + c.page())
                            + (c.tableIndex() > 0 ? " with index " + c.tableIndex() : ""));
        }
        String difference = firstDifference(expected, ours);
        return new CaseResult(c.name(), c.file(), c.mode(),
                difference == null ? CaseResult.Status.EXACT : CaseResult.Status.DIFFERENT,
                expectedShape, shape(ours), difference);
    }

    /** The selected tables rendered and stacked, or null when none is selected. */
    static List<List<String>> ours(TableCase c, List<Table> onPage, IntFunction<PageFrame> frames) {
        record Selected(Table table, Box area) {
        }
        List<Selected> selected = new ArrayList<>();
        if (c.areas().isEmpty()) {
            onPage.forEach(t -> selected.add(new Selected(t, null)));
        } else {
            for (Area a : c.areas()) {
                Box area = a.on(c.page(), frames.apply(c.page()));
                for (Table t : onPage) {
                    Box box = Regions.of(t);
                    if (box == null || Regions.intersection(box, area) > 0) {
                        selected.add(new Selected(t, area));
                    }
                }
            }
        }
        List<Selected> chosen = c.tableIndex() == 0 ? selected
                : c.tableIndex() <= selected.size() ? List.of(selected.get(c.tableIndex() - 1)) : List.of();
        if (chosen.isEmpty()) {
            return null;
        }
        List<List<String>> stacked = new ArrayList<>();
        chosen.forEach(s -> stacked.addAll(GridRenderer.render(s.table(), c.spans(), c.page(), s.area())));
        // Tables of different widths stack into ragged rows; pad like the oracle CSVs are padded.
        int width = stacked.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> padded = new ArrayList<>();
        for (List<String> row : stacked) {
            List<String> p = new ArrayList<>(row);
            while (p.size() < width) {
                p.add("");
            }
            padded.add(p);
        }
        return padded;
    }

    /** "row r, col c: expected … got …" (1-based), or the shape difference, or null if equal. */
    static String firstDifference(List<List<String>> expected, List<List<String>> ours) {
        int rows = Math.min(expected.size(), ours.size());
        for (int r = 0; r < rows; r++) {
            int cols = Math.min(expected.get(r).size(), ours.get(r).size());
            for (int col = 0; col < cols; col++) {
                String e = expected.get(r).get(col);
                String o = ours.get(r).get(col);
                if (!TextNormalizer.forExactMatch(e).equals(TextNormalizer.forExactMatch(o))) {
                    return "row " + (r + 1) + ", col " + (col + 1) + ": expected \"" + oneLine(e) + "\" got \"" + oneLine(o) + "\"";
                }
            }
        }
        String es = shape(expected);
        String os = shape(ours);
        return es.equals(os) ? null : "shape: expected " + es + " got " + os;
    }

    static String shape(List<List<String>> grid) {
        int cols = grid.stream().mapToInt(List::size).max().orElse(0);
        return grid.size() + "x" + cols;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
