package org.selfeval.index;

import org.selfeval.engine.ReportResult;
import org.selfeval.model.Block;
import org.selfeval.model.Cell;
import org.selfeval.model.Figure;
import org.selfeval.model.Heading;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;
import org.selfeval.sections.SectionReport;

import java.util.ArrayList;
import java.util.List;

/** Turns a checked report (its result and its document) into the {@link IndexedReport} both engines store. */
public final class IndexedReportBuilder {

    private final IndexAnalysis analysis;

    public IndexedReportBuilder(IndexAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * @param result    an ok result of {@code SelfEvalEngine.analyse}
     * @param document  the document it was made from
     * @param indexedAt wall-clock millis; the latest indexed version of a department+year is current
     */
    public IndexedReport build(ReportResult result, ReportDocument document, long indexedAt) {
        if (!result.isOk()) {
            throw new IllegalArgumentException("only checked reports are indexed: " + result.file());
        }
        ReportResult.Report r = result.report();
        String text = text(document.blocks());
        SectionReport.Completeness c = result.completeness();
        return new IndexedReport(result.sha256(), result.file(), r.title(), r.department(), r.region(), r.year(),
                r.kind(), r.profile(), r.pages(), r.ocr(), c == null ? 0 : c.total(),
                c == null ? 0 : c.bodyMax() + c.attachmentsMax(),
                result.missing() == null ? List.of() : result.missing().stream().map(SectionReport.Missing::canonical).toList(),
                result.findings() == null ? List.of() : result.findings().stream()
                        .map(f -> new FindingEntry(f.code(), f.severity().json(), f.rule(), f.message())).toList(),
                text, analysis.segmented(text), sections(document.blocks(), result.sections()),
                result.figures() == null ? List.of() : figures(result.figures()), true, indexedAt);
    }

    /**
     * The figures-only form of a checked report for cross-year checks among the files of one batch
     * (no text, no sections: the batch must not hold whole documents).
     */
    public IndexedReport slim(ReportResult result) {
        ReportResult.Report r = result.report();
        return new IndexedReport(result.sha256(), result.file(), r.title(), r.department(), r.region(), r.year(),
                r.kind(), r.profile(), r.pages(), r.ocr(), 0, 0, List.of(), List.of(), "", "", List.of(),
                result.figures() == null ? List.of() : figures(result.figures()), true, 0);
    }

    /** Paragraphs, headings and table cells (row by row), one per line. */
    static String text(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            appendText(b, sb);
        }
        return sb.toString().strip();
    }

    private static void appendText(Block b, StringBuilder sb) {
        if (b instanceof Heading h) {
            sb.append(h.text()).append('\n');
        } else if (b instanceof Paragraph p) {
            sb.append(p.text()).append('\n');
        } else if (b instanceof Table t) {
            for (Cell cell : t.cells()) {
                if (!cell.text().isBlank()) {
                    sb.append(cell.text()).append(' ');
                }
                for (Table nested : cell.nested()) {
                    appendText(nested, sb);
                }
            }
            sb.append('\n');
        }
    }

    /**
     * The text under each heading the section matcher gave a canonical name, up to the next
     * heading of the same or a higher level. Result sections are one per heading, in order.
     */
    static List<SectionText> sections(List<Block> blocks, List<ReportResult.Section> outline) {
        List<SectionText> out = new ArrayList<>();
        if (outline == null) {
            return out;
        }
        int headingOrdinal = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Heading h)) {
                continue;
            }
            headingOrdinal++;
            if (headingOrdinal >= outline.size() || outline.get(headingOrdinal).canonical() == null) {
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && !(blocks.get(end) instanceof Heading next && next.level() <= h.level())) {
                end++;
            }
            out.add(new SectionText(outline.get(headingOrdinal).canonical(), h.title(),
                    text(blocks.subList(i + 1, end))));
        }
        return out;
    }

    /**
     * Reported figures with canonical labels and normalised values. Indicator targets (≥5家) are
     * left out: they are goals, not what the report states was achieved. A table label such as
     * 年度资金总额·预算执行率 is also entered under its last part when that is a known term and not
     * money, so that {@code 执行率>95%} finds the rate wherever the report put it.
     */
    List<FigureEntry> figures(List<Figure> figures) {
        List<FigureEntry> out = new ArrayList<>();
        for (Figure f : figures) {
            out.addAll(entries(f));
        }
        return out;
    }

    /** The index entries of one figure (none for a target, one or two otherwise): what a figure filter tests. */
    public List<FigureEntry> entries(Figure f) {
        if (f.comparator() != null) {
            return List.of();
        }
        String label = f.canonical() != null ? f.canonical() : f.label();
        if (label == null || label.isBlank()) {
            return List.of();
        }
        String unit = f.unit() == null ? "" : f.unit();
        double value = f.isMoney() ? f.inWan() : f.value();
        String normalUnit = f.isMoney() ? "万元" : "％".equals(unit) ? "%" : unit;
        List<FigureEntry> out = new ArrayList<>(2);
        out.add(new FigureEntry(label, f.period(), value, normalUnit, f.source()));
        int dot = label.lastIndexOf('·');
        String measure = dot < 0 ? null : analysis.canonicalLabel(label.substring(dot + 1));
        // Only rates and scores: a money column name (决算数) means nothing without its row, and
        // as a label of its own it would tie together unrelated rows across reports.
        if (measure != null && !measure.equals(label) && !f.isMoney()) {
            out.add(new FigureEntry(measure, f.period(), value, normalUnit, f.source()));
        }
        return out;
    }
}
