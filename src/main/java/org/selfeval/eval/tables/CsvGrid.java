package org.selfeval.eval.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV into a rectangular grid: quoted fields may hold commas, doubled quotes and line
 * breaks. Short rows are padded with "" to the widest row, as tabula writes ragged rows.
 */
public final class CsvGrid {

    private CsvGrid() {
    }

    public static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        String s = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            any = true;
            if (quoted) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                field.append(ch);
            }
        }
        if (any) {
            row.add(field.toString());
            rows.add(row);
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> padded = new ArrayList<>(r);
            while (padded.size() < width) {
                padded.add("");
            }
            out.add(List.copyOf(padded));
        }
        return out;
    }
}
