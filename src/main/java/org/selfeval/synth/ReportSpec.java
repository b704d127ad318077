package org.selfeval.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Everything one synthetic self-evaluation report says, before any rendering. Renderers only
 * read it; an evaluation harness derives labelled variants from it with the withers.
 *
 * @param id          file stem, e.g. {@code synth-0007}
 * @param seed        the seed the spec was generated from
 * @param title       the report title line
 * @param sections    the ten top-level sections in order, with their sub-sections
 * @param attachments the 附件 list lines, e.g. "1.部门整体支出绩效评价基础数据表"
 * @param tables      the attached tables in order
 * @param figures     every number injected into prose and tables, by key
 */
public record ReportSpec(String id, long seed, int year, Department department, RenderStyle style,
                         String title, List<SectionSpec> sections, List<String> attachments,
                         List<TableSpec> tables, List<Figure> figures) {

    public ReportSpec {
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
    }

    public ReportSpec withId(String newId) {
        return new ReportSpec(newId, seed, year, department, style, title, sections, attachments, tables, figures);
    }

    public ReportSpec withStyle(RenderStyle newStyle) {
        return new ReportSpec(id, seed, year, department, newStyle, title, sections, attachments, tables, figures);
    }

    public ReportSpec withTitle(String newTitle) {
        return new ReportSpec(id, seed, year, department, style, newTitle, sections, attachments, tables, figures);
    }

    public ReportSpec withSections(List<SectionSpec> newSections) {
        return new ReportSpec(id, seed, year, department, style, title, newSections, attachments, tables, figures);
    }

    public ReportSpec withAttachments(List<String> newAttachments) {
        return new ReportSpec(id, seed, year, department, style, title, sections, newAttachments, tables, figures);
    }

    public ReportSpec withTables(List<TableSpec> newTables) {
        return new ReportSpec(id, seed, year, department, style, title, sections, attachments, newTables, figures);
    }

    public ReportSpec withFigures(List<Figure> newFigures) {
        return new ReportSpec(id, seed, year, department, style, title, sections, attachments, tables, newFigures);
    }

    /** A copy with top-level section {@code index} removed (a "missing section" variant). */
    public ReportSpec withoutSection(int index) {
        List<SectionSpec> copy = new ArrayList<>(sections);
        copy.remove(index);
        return withSections(copy);
    }

    /** A copy with top-level section {@code index} replaced by {@code change.apply(it)}. */
    public ReportSpec mapSection(int index, UnaryOperator<SectionSpec> change) {
        List<SectionSpec> copy = new ArrayList<>(sections);
        copy.set(index, change.apply(copy.get(index)));
        return withSections(copy);
    }

    /** The first table with this kind, or null. */
    public TableSpec table(TableSpec.Kind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst().orElse(null);
    }

    /** Every heading in document order (depth first), as the truth lists them. */
    public List<SectionSpec> flattenedSections() {
        List<SectionSpec> out = new ArrayList<>();
        for (SectionSpec s : sections) {
            s.collectInto(out);
        }
        return out;
    }

    /** @param region e.g. 岳阳市君山区; @param name e.g. 科技和工业信息化局 */
    public record Department(String region, String name) {
        public String fullName() {
            return region + name;
        }
    }

    /**
     * Presentation choices that vary between documents so extractors meet both variants.
     *
     * @param wordHeadingStyles docx headings use Word "heading N" styles (else plain bold)
     * @param repeatHeaderRow   the page-spanning 自评表 repeats its header row on the next page
     * @param bodyFontSize      body text size in points
     */
    public record RenderStyle(boolean wordHeadingStyles, boolean repeatHeaderRow, double bodyFontSize) {
    }
}
