package org.selfeval.figures;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one unit resolver of table cells, used by {@code TableFigures} and the forms.
 *
 * <p>A reader of these tables looks for a unit, nearest first: the cell's own unit (a "人", a
 * "%"); the column's header cell (项目资金（元）, 全年执行数（万元）); the kind of column (分值/得分/权重
 * are points, a rate column has none); a note in the row's label cells; a note anywhere in the
 * header row (经费控制情况（元）, the block's corner cell); a caption line just above the table
 * (单位：元). A cell that none of these names has no unit (""): the caller decides what its form's
 * default is.
 */
public final class TableUnits {

    private static final Pattern UNIT_NOTE = Pattern.compile(
            "[（(]\\s*(?:单位[:：])?\\s*(万元|亿元|千元|元|人|个|%|㎡|平方米|家|项)\\s*[)）]|单位[:：]\\s*(万元|亿元|千元|元|人)");
    private static final Pattern SCORE_COLUMN = Pattern.compile(".*(分值|得分|总分|权重)");

    private TableUnits() {
    }

    /** The unit a text notes: "（万元）", "(单位：元)", "单位：万元"; null when none. */
    public static String note(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = UNIT_NOTE.matcher(text);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** The first unit noted in caption lines (nearest first), or null. */
    public static String ofCaptions(List<String> captions) {
        return captions.stream().map(TableUnits::note).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The unit of cell (r, c) of a grid, for a cell that writes none itself.
     *
     * @param headerRow  the row naming the cell's column, -1 when none (or r itself)
     * @param colHeader  the column's full label (merged header rows joined), null when none
     * @param captionUnit the unit of the table's caption lines, null when none
     * @return the unit, "" when nothing names one (or the column is a rate)
     */
    public static String resolve(String[][] grid, int headerRow, String colHeader, int r, int c, String captionUnit) {
        return resolve(new Titles(grid), headerRow, colHeader, r, c, captionUnit);
    }

    /** As {@link #resolve(String[][], int, String, int, int, String)}, over a grid's {@link Titles} built once. */
    public static String resolve(Titles titles, int headerRow, String colHeader, int r, int c, String captionUnit) {
        String[][] grid = titles.grid;
        boolean header = headerRow >= 0 && headerRow != r && headerRow < grid.length;
        String fromHeader = header ? note(at(grid, headerRow, c)) : null;
        if (fromHeader != null) {
            return fromHeader;
        }
        String kind = colHeader != null ? colHeader : header ? at(grid, headerRow, c) : titles.above(r, c);
        if (kind != null && SCORE_COLUMN.matcher(kind.strip()).matches()) {
            return "分";
        }
        if (kind != null && kind.strip().endsWith("率")) {
            return "";
        }
        for (int k = c - 1; k >= 0; k--) {
            String u = note(at(grid, r, k));
            if (u != null) {
                return u;
            }
        }
        if (header) {
            for (String h : grid[headerRow]) {
                String u = note(h);
                if (u != null) {
                    return u;
                }
            }
        }
        return captionUnit == null ? "" : captionUnit;
    }

    /**
     * A grid with, per column, the nearest title cell above each row. Without a known header row,
     * the column's title is the nearest word cell above (分值 over a column of 5, 10, 5): a points
     * or rate column never takes the caption's money unit. Computed once per column, because
     * scanning upwards for every cell of a long column of numbers was quadratic.
     */
    public static final class Titles {
        private final String[][] grid;
        private final int[][] above;

        public Titles(String[][] grid) {
            this.grid = grid;
            int cols = 0;
            for (String[] row : grid) {
                cols = Math.max(cols, row.length);
            }
            this.above = new int[cols][];
        }

        /** The nearest non-filler text above (r, c), stripped; null when none. */
        String above(int r, int c) {
            if (c < 0 || c >= above.length || r <= 0) {
                return null;
            }
            int[] col = above[c];
            if (col == null) {
                col = new int[grid.length + 1]; // col[k]: the nearest title row strictly above row k, or -1
                int last = -1;
                for (int k = 0; k <= grid.length; k++) {
                    col[k] = last;
                    if (k < grid.length) {
                        String text = at(grid, k, c).strip();
                        if (!text.isEmpty() && !FILLER.matcher(text).matches()) {
                            last = k;
                        }
                    }
                }
                above[c] = col;
            }
            int row = col[Math.min(r, grid.length)];
            return row < 0 ? null : at(grid, row, c).strip();
        }
    }

    /** Cells that are no column title: numbers, dashes, percentages. */
    private static final Pattern FILLER = Pattern.compile("[\\d.,%\\s—–\\-/≥≤<>＞＜=]*");

    private static String at(String[][] grid, int r, int c) {
        return r < 0 || r >= grid.length || c < 0 || c >= grid[r].length ? "" : grid[r][c];
    }
}
