package org.selfeval.figures;

import org.selfeval.model.Cell;
import org.selfeval.model.Figure;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures in table cells.
 *
 * <p>A table is read as blocks: a <em>header row</em> (≥ 3 distinct non-empty cells, none a number,
 * none long; 2 suffice in a two-column table) opens a block that runs to the next header row.
 * In each block the first column holding a number is the first value column; a row's label
 * (rowHeader) is the rightmost text left of it, so a merged cell from above counts and a text
 * value such as "稳步增长" under 年度指标值 does not. A cell's column label (colHeader) is its slot in
 * the block's header row, joined with "·" to the header rows directly above it (merged headers).
 *
 * <p>Label choice: {@code rowHeader·colHeader} when both exist (年度资金总额·全年执行数 — the row
 * alone does not say which of its numbers is meant), else whichever exists. A cell holding
 * "label：value" pairs (其中：一般公共预算：860.02) names its own figures: label = the pair's label.
 *
 * <p>Units: a cell's own unit, else {@link TableUnits#resolve} (column header, column kind, row,
 * block header row, title lines).
 */
final class TableFigures {

    private static final int MAX_HEADER_CELL = 24;
    private static final Pattern NUMBER_PIECES = Pattern.compile("[\\d,.]+(\\s+[\\d,.%]+)+");
    private static final Pattern WELL_FORMED = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?");
    private static final int MAX_SNIPPET = 60;
    private static final Pattern PAIR_LABEL = Pattern.compile("([^：:；;，,。\\s\\d][^：:；;，,。]*?)\\s*[:：]\\s*$");
    private static final Pattern PAIR_VALUE_END = Pattern.compile("\\s*($|[；;，,、]|\\S+?[:：])");
    private static final int MAX_PAIR_CELL = 50;
    private static final Pattern PERIOD_HEADER = Pattern.compile("(19|20)\\d{2}年|预算|决算|执行数|上年");

    private final FigureLabels labels;

    TableFigures(FigureLabels labels) {
        this.labels = labels;
    }

    /**
     * @param ordinal 0-based position of the table among the document's tables
     * @param titles  short text lines just before the table (title, 单位：万元), may be empty
     */
    List<Figure> extract(Table table, int ordinal, List<String> titles, boolean ocr) {
        String[][] grid = table.grid();
        Map<Cell, Optional<Quantity>> parsed = new IdentityHashMap<>();
        for (Cell c : table.cells()) {
            parsed.put(c, parseCell(table, c));
        }
        boolean[] header = new boolean[table.rowCount()];
        for (int r = 0; r < table.rowCount(); r++) {
            header[r] = isHeaderRow(table, r, parsed);
        }
        String titleUnit = TableUnits.ofCaptions(titles);
        TableUnits.Titles columnTitles = new TableUnits.Titles(grid);
        List<Figure> out = new ArrayList<>();
        int blockStart = 0;
        while (blockStart < table.rowCount()) {
            int headerRow = header[blockStart] ? blockStart : -1;
            int end = blockStart + 1;
            while (end < table.rowCount() && !header[end]) {
                end++;
            }
            Block block = new Block(table, grid, columnTitles, header, headerRow, blockStart, end, parsed, titleUnit);
            for (int r = blockStart; r < end; r++) {
                for (Cell cell : table.row(r)) {
                    block.figures(cell, ordinal, ocr, out);
                }
            }
            blockStart = end;
        }
        return out;
    }

    /**
     * A cell's one number. A narrow PDF cell may break a long number ("1,765,40 0.00", "9,233,
     * 100.00"): when the cell is not one number as read and one of its pieces is no well-formed
     * number on its own, the pieces joined are tried. Two well-formed pieces ("10 20") stay two, and
     * Word cells are taken as written.
     */
    private static Optional<Quantity> parseCell(Table table, Cell c) {
        Optional<Quantity> q = AmountParser.parseCell(c.text());
        String text = c.text().strip();
        if (q.isPresent() || "word".equals(table.method()) || !NUMBER_PIECES.matcher(text).matches()) {
            return q;
        }
        boolean broken = java.util.Arrays.stream(text.split("\\s+")).anyMatch(p -> !WELL_FORMED.matcher(p).matches());
        return broken ? AmountParser.parseCell(text.replaceAll("\\s+", "")) : q;
    }

    private static boolean isHeaderRow(Table table, int r, Map<Cell, Optional<Quantity>> parsed) {
        int texts = 0;
        int distinct = 0;
        for (Cell c : table.row(r)) {
            String t = c.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            distinct++;
            if (parsed.get(c).isPresent() || t.length() > MAX_HEADER_CELL || hasPair(t)) {
                return false;
            }
            texts++;
        }
        return texts >= 3 || (texts == 2 && distinct == 2 && table.colCount() == 2);
    }

    private static boolean hasPair(String text) {
        return AmountParser.findAll(text).stream()
                .anyMatch(q -> PAIR_LABEL.matcher(AmountParser.normalise(text).substring(0, q.start())).find());
    }

    /** One block of rows under one header row. */
    private final class Block {
        private final Table table;
        private final String[][] grid;
        private final TableUnits.Titles titles;
        private final boolean[] header;
        private final int headerRow;
        private final Map<Cell, Optional<Quantity>> parsed;
        private final String titleUnit;
        private final int firstValueCol;
        private final Map<Integer, String> rowHeaders = new java.util.HashMap<>();

        Block(Table table, String[][] grid, TableUnits.Titles titles, boolean[] header, int headerRow, int from, int to,
              Map<Cell, Optional<Quantity>> parsed, String titleUnit) {
            this.table = table;
            this.grid = grid;
            this.titles = titles;
            this.header = header;
            this.headerRow = headerRow;
            this.parsed = parsed;
            this.titleUnit = titleUnit;
            int first = table.colCount();
            for (int r = from; r < to; r++) {
                for (Cell c : table.row(r)) {
                    if (parsed.get(c).isPresent()) {
                        first = Math.min(first, c.col());
                    }
                }
            }
            this.firstValueCol = first;
        }

        void figures(Cell cell, int ordinal, boolean ocr, List<Figure> out) {
            Optional<Quantity> q = parsed.get(cell);
            int page = cell.pageIn(table);
            if (q.isPresent()) {
                String rowHeader = rowHeader(cell.row());
                String colHeader = colHeader(cell.row(), cell.col());
                String label = rowHeader == null ? colHeader : colHeader == null ? rowHeader : rowHeader + "·" + colHeader;
                if (label == null) {
                    return;
                }
                Quantity v = q.get();
                String unit = v.unit().isEmpty() ? unit(cell, colHeader) : v.unit();
                String period = colHeader != null && PERIOD_HEADER.matcher(colHeader).find() ? colHeader : null;
                out.add(new Figure(label, period, v.value(), unit, v.comparator(), v.approx(), "table", page,
                        snippet(label + "：" + cell.text().strip()), rowHeader, colHeader, ordinal, cell.row(),
                        cell.col(), ocr, labels.canonicalOfCell(rowHeader, colHeader)));
            } else {
                pairs(cell, ordinal, page, ocr, out);
            }
        }

        /** "其中：一般公共预算：860.02" → 一般公共预算 860.02; a label with no value gives nothing. */
        private void pairs(Cell cell, int ordinal, int page, boolean ocr, List<Figure> out) {
            String text = AmountParser.normalise(cell.text());
            if (text.strip().length() > MAX_PAIR_CELL) {
                return;
            }
            int from = 0;
            for (Quantity v : AmountParser.findAll(cell.text())) {
                Matcher m = PAIR_LABEL.matcher(text.substring(from, v.start()));
                from = v.end();
                // "完成情况：1－12月…" is prose, not a pair: the value must stand alone.
                if (!m.find() || !PAIR_VALUE_END.matcher(text.substring(v.end())).lookingAt()) {
                    continue;
                }
                String label = FigureLabels.clean(m.group(1));
                if (label.isEmpty()) {
                    continue;
                }
                String unit = v.unit().isEmpty() ? unit(cell, null) : v.unit();
                out.add(new Figure(label, null, v.value(), unit, v.comparator(), v.approx(), "table", page,
                        snippet(FigureLabels.clean(cell.text())), label, null, ordinal, cell.row(), cell.col(), ocr,
                        labels.canonicalOfCell(label, null)));
            }
        }

        private String rowHeader(int r) {
            return rowHeaders.computeIfAbsent(r, this::findRowHeader);
        }

        private String findRowHeader(int r) {
            for (int c = Math.min(firstValueCol, table.colCount()) - 1; c >= 0; c--) {
                String t = FigureLabels.clean(grid[r][c]);
                if (!t.isEmpty() && AmountParser.parseCell(grid[r][c]).isEmpty()) {
                    return t;
                }
            }
            return null;
        }

        private String colHeader(int r, int c) {
            if (headerRow < 0 || headerRow == r) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (int h = headerRow; h >= 0 && header[h]; h--) {
                String t = FigureLabels.clean(grid[h][c]);
                if (!t.isEmpty() && (parts.isEmpty() || !parts.get(0).equals(t))) {
                    parts.add(0, t);
                }
            }
            return parts.isEmpty() ? null : String.join("·", parts);
        }

        private String unit(Cell cell, String colHeader) {
            return TableUnits.resolve(titles, headerRow, colHeader, cell.row(), cell.col(), titleUnit);
        }
    }

    private static String snippet(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() <= MAX_SNIPPET ? t : t.substring(0, MAX_SNIPPET);
    }
}
