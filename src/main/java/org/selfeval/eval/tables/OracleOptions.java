package org.selfeval.eval.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Undoes an oracle's {@link OracleOption output conventions} on its grid before comparison. */
final class OracleOptions {

    private OracleOptions() {
    }

    static List<List<String>> apply(Set<OracleOption> options, List<List<String>> grid) {
        return options.contains(OracleOption.BLANK_COLUMNS) ? withoutBlankColumns(grid) : grid;
    }

    private static List<List<String>> withoutBlankColumns(List<List<String>> grid) {
        int cols = grid.stream().mapToInt(List::size).max().orElse(0);
        boolean[] used = new boolean[cols];
        for (List<String> row : grid) {
            for (int c = 0; c < row.size(); c++) {
                used[c] |= !TextNormalizer.forExactMatch(row.get(c)).isEmpty();
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : grid) {
            List<String> kept = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                if (used[c]) {
                    kept.add(row.get(c));
                }
            }
            out.add(List.copyOf(kept));
        }
        return out;
    }
}
