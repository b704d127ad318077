package org.selfeval.eval.tables;

import org.selfeval.extract.FailureCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code config/eval/pdf-table-cases.tsv}: a header line, then one case per line with the
 * columns file, expected, page, area, mode, table, spans, columns, oracle, expect_failure, note.
 * Lines starting with '#' and blank lines are skipped. Several areas are separated by ';', column
 * x's and oracle options by ','.
 */
public final class TableCaseFile {

    private static final List<String> COLUMNS =
            List.of("file", "expected", "page", "area", "mode", "table", "spans", "columns", "oracle",
                    "expect_failure", "note");

    private TableCaseFile() {
    }

    public static List<TableCase> parse(String tsv) {
        List<TableCase> out = new ArrayList<>();
        boolean headerSeen = false;
        int lineNo = 0;
        for (String line : tsv.split("\r?\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = Arrays.copyOf(line.split("\t", -1), COLUMNS.size());
            if (!headerSeen) {
                if (!f[0].trim().equals(COLUMNS.get(0))) {
                    throw new IllegalArgumentException("line " + lineNo + ": expected header " + String.join("\t", COLUMNS));
                }
                headerSeen = true;
                continue;
            }
            try {
                out.add(row(f));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static TableCase row(String[] f) {
        String file = req(f[0], "file");
        String expected = req(f[1], "expected");
        int page = Integer.parseInt(req(f[2], "page"));
        List<Area> areas = new ArrayList<>();
        for (String a : nz(f[3]).split(";")) {
            if (!a.isBlank()) {
                areas.add(Area.parse(a));
            }
        }
        TableCase.Mode mode = TableCase.Mode.valueOf(req(f[4], "mode").toUpperCase(Locale.ROOT));
        String table = nz(f[5]);
        int index = table.isEmpty() || table.equals("all") ? 0 : Integer.parseInt(table);
        SpanRendering spans = SpanRendering.parse(nz(f[6]));
        List<Double> columns = new ArrayList<>();
        Set<OracleOption> oracle = new HashSet<>();
        for (String x : nz(f[7]).split(",")) {
            if (!x.isBlank()) {
                columns.add(Double.parseDouble(x.trim()));
            }
        }
        for (String o : nz(f[8]).split(",")) {
            if (!o.isBlank()) {
                oracle.add(OracleOption.parse(o));
            }
        }
        FailureCode failure = nz(f[9]).isEmpty() ? null : FailureCode.valueOf(nz(f[9]));
        return new TableCase(file, expected, page, areas, mode, index, spans, columns, oracle, failure, nz(f[10]));
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }

    private static String req(String s, String name) {
        String v = nz(s);
        if (v.isEmpty()) {
            throw new IllegalArgumentException("missing " + name);
        }
        return v;
    }
}
