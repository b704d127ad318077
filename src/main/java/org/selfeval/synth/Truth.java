package org.selfeval.synth;

import java.util.List;

/**
 * The ground truth written next to each generated file as {@code <name>.truth.json}: what a
 * perfect extraction would recover, and every figure that was injected.
 *
 * @param pages  page count (PDF), 0 for Word
 */
public record Truth(String file, String format, long seed, int year, String department, String title,
                    int pages, List<HeadingTruth> headings, List<String> attachments, List<TableTruth> tables,
                    List<Figure> figures) {

    public record HeadingTruth(String numbering, int level, String title) {
    }

    /**
     * @param pages               pages the table is drawn on (PDF), empty for Word
     * @param repeatedHeaderRows  header rows printed again on continuation pages (not extra rows)
     */
    public record TableTruth(String kind, String title, int rows, int cols, List<TableSpec.CellSpec> cells,
                             List<Integer> pages, int repeatedHeaderRows) {
    }

    static Truth of(ReportSpec spec, String file, String format, SpecRenderer.Rendered rendered) {
        List<HeadingTruth> headings = spec.flattenedSections().stream()
                .map(s -> new HeadingTruth(s.numbering(), s.level(), s.title())).toList();
        List<TableTruth> tables = spec.tables().stream().map(t -> new TableTruth(t.kind().name(), t.titleLine(),
                t.rowCount(), t.colCount(), t.cells(), rendered.tablePages().getOrDefault(t.kind(), List.of()),
                format.equals("pdf") && t.kind() == TableSpec.Kind.SELF_EVALUATION && spec.style().repeatHeaderRow()
                        && rendered.tablePages().getOrDefault(t.kind(), List.of()).size() > 1 ? t.headerRows() : 0))
                .toList();
        return new Truth(file, format, spec.seed(), spec.year(), spec.department().fullName(), spec.title(),
                rendered.pages(), headings, spec.attachments(), tables, spec.figures());
    }
}
