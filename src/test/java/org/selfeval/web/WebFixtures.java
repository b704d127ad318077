package org.selfeval.web;

import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.DocxRenderer;
import org.selfeval.synth.ReportGenerator;
import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.SectionSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reports for the browser test, made by the project's generator (Word, so no CJK font is needed). */
final class WebFixtures {

    /** Script in the title; an image with an onerror handler in a heading and in the prose. */
    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String IMG_HEADING = "<img src=x onerror=window.__xss=2>";
    static final String IMG_PROSE = "<img src=x onerror=window.__xss=3>";
    /** A phrase only the hostile report's prose contains, to find it by search. */
    static final String PROSE_MARK = "本单位特别说明";

    record Generated(Path file, ReportSpec spec) {
    }

    private WebFixtures() {
    }

    static List<Generated> ordinary(Path dir) throws IOException {
        List<Generated> out = new ArrayList<>();
        for (long seed : new long[]{11, 23}) {
            ReportSpec spec = new ReportGenerator().generate("generated-" + seed, seed);
            out.add(new Generated(CorpusGenerator.write(spec, new DocxRenderer(), dir), spec));
        }
        return out;
    }

    /** n generated Word reports (seeds 0…n-1); the generator's own variations give findings of every severity. */
    static List<Generated> batch(Path dir, int n) throws IOException {
        List<Generated> out = new ArrayList<>();
        for (long seed = 0; seed < n; seed++) {
            ReportSpec spec = new ReportGenerator().generate(String.format("batch-%02d", seed), seed);
            out.add(new Generated(CorpusGenerator.write(spec, new DocxRenderer(), dir), spec));
        }
        return out;
    }

    /**
     * A report whose title, a heading and the prose carry markup. The title keeps the usual
     * "…年度…自评报告" wording first so the report is still identified (department, year).
     */
    static Generated hostile(Path dir) throws IOException {
        ReportSpec base = new ReportGenerator().generate("hostile-report", 77);
        ReportSpec spec = base
                .withTitle(base.year() + "年度" + base.department().fullName() + "整体支出绩效自评报告" + SCRIPT)
                .mapSection(0, s -> s.withParagraphs(List.of(PROSE_MARK + IMG_PROSE + "，各项工作完成良好。"))
                        .withChildren(markFirst(s.children())));
        return new Generated(CorpusGenerator.write(spec, new DocxRenderer(), dir), spec);
    }

    private static List<SectionSpec> markFirst(List<SectionSpec> children) {
        List<SectionSpec> out = new ArrayList<>(children);
        out.set(0, out.get(0).withTitle(out.get(0).title() + IMG_HEADING));
        return out;
    }
}
