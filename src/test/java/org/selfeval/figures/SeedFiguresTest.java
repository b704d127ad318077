package org.selfeval.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.model.Figure;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.testing.SharedFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed report's key figures, in every format (skipped without ../shared). */
class SeedFiguresTest {

    private static List<Figure> only(List<Figure> all, Predicate<Figure> p) {
        return all.stream().filter(p).toList();
    }

    private static Predicate<Figure> is(String source, String label, double value) {
        return f -> source.equals(f.source()) && label.equals(f.label()) && Math.abs(f.value() - value) < 1e-9;
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed/seed-report.docx", "seed/seed-report.doc", "seed/seed-report.pdf"})
    void seed_hasTheFiguresTheChecksNeed(String file) {
        Path path = SharedFiles.require(file);
        ExtractResult r = DocumentReader.standard().read(path, ExtractOptions.defaults());
        assertTrue(r.isOk(), () -> "extraction failed: " + r.failure());
        List<Figure> figures = TestLabels.EXTRACTOR.extract(r.document());
        boolean pdf = file.endsWith(".pdf");

        List<Figure> total = only(figures, is("text", "全年支出", 860.9));
        assertEquals(2, total.size(), () -> "全年支出 860.9 in " + file);
        assertTrue(total.stream().allMatch(f -> "万元".equals(f.unit()) && "全年支出".equals(f.canonical())));
        if (pdf) {
            assertTrue(total.stream().allMatch(f -> f.page() > 0));
        }

        Figure general = only(figures, is("table", "一般公共预算", 860.02)).get(0);
        assertEquals("万元", general.unit());
        Figure other = only(figures, is("table", "其他资金", 0.47)).get(0);
        assertEquals(general.table(), other.table());
        Figure executed = only(figures, is("table", "年度资金总额·全年执行数", 860.9)).get(0);
        assertEquals("全年支出", executed.canonical());
        assertEquals("万元", executed.unit());

        List<Figure> wages = only(figures, f -> "text".equals(f.source()) && "工资福利支出".equals(f.label()));
        assertEquals(List.of(116.66, 177.57), wages.stream().map(Figure::value).toList());

        assertEquals(1, only(figures, is("text", "公务接待费", 0.35)).size());
        assertEquals("比上年减少", only(figures, is("text", "公务接待费", 0.35)).get(0).period());
        assertEquals(1, only(figures, is("text", "工资福利支出占基本支出", 91.94)).size());
        assertEquals("分", only(figures, is("table", "年度资金总额·得分", 9)).get(0).unit());
        assertEquals("≤", only(figures, is("table", "财政资金支出·年度指标值", 281.98)).get(0).comparator());
    }
}
