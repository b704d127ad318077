package org.selfeval.checks.text;

import org.selfeval.checks.CheckContext;
import org.selfeval.model.Block;
import org.selfeval.model.DocumentMetadata;
import org.selfeval.model.Figure;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.profile.ProfileLoader;
import org.selfeval.profile.RuleProfile;
import org.selfeval.structure.ReportIdentity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds a small report with prose paragraphs and hand-made text figures for the text checks. */
final class TextFixture {

    static final RuleProfile PROFILE = ProfileLoader.load(Path.of("config/rules/profiles/hn-yy-dept-2020.yaml"));
    static final String TITLE = "2024年度岳阳市君山区科技和工业信息化局整体支出绩效自评报告";

    private final List<Block> blocks = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();

    TextFixture() {
        blocks.add(Paragraph.of(TITLE, 1));
    }

    /** A paragraph; its figures are added with {@link #money} in reading order. */
    TextFixture paragraph(String text) {
        blocks.add(Paragraph.of(text, 1));
        return this;
    }

    TextFixture block(Block b) {
        blocks.add(b);
        return this;
    }

    /** A prose money figure in 万元; the snippet must occur in a paragraph. */
    TextFixture money(String label, double value, String period, String snippet) {
        return figure(label, value, "万元", period, snippet);
    }

    TextFixture figure(String label, double value, String unit, String period, String snippet) {
        figures.add(new Figure(label, period, value, unit, null, false, "text", 1, snippet,
                null, null, null, null, null, false));
        return this;
    }

    /** A prose figure whose label the extractor mapped to {@code canonical} (figure-synonyms.yaml). */
    TextFixture termed(String label, String canonical, double value, String unit, String period, String snippet) {
        figures.add(new Figure(label, period, value, unit, null, false, "text", 1, snippet,
                null, null, null, null, null, false, canonical));
        return this;
    }

    ReportDocument document() {
        DocumentMetadata meta = new DocumentMetadata("test.docx", "0", 0, "docx", null, 1, null, null, null, false);
        return new ReportDocument(meta, blocks, List.of());
    }

    CheckContext context() {
        ReportDocument doc = document();
        return new CheckContext(doc, ReportIdentity.of(doc), PROFILE, null, figures);
    }
}
