package org.selfeval.forms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.testing.SharedFiles;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The seed's attached forms read alike from .docx, .doc and .pdf (rubric §3, §7). */
class SeedFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed/seed-report.docx", "seed/seed-report.doc", "seed/seed-report.pdf"})
    void seedForms_readInEveryFormat(String file) {
        Path path = SharedFiles.require(file);
        ExtractResult r = DocumentReader.standard().read(path, ExtractOptions.defaults());
        assertTrue(r.isOk());
        Forms forms = Forms.read(r.document());
        assertEquals(1, forms.selfEval().size());
        assertEquals(1, forms.baseData().size());
        assertEquals(0, forms.projects().size());

        SelfEvalForm s = forms.selfEval().get(0);
        assertEquals("岳阳市君山区科技和工业信息化局", s.department());
        assertEquals(281.98, s.total().initial().value());
        assertEquals(880.57, s.total().full().value());
        assertEquals(860.9, s.total().executed().value());
        assertEquals(10, s.total().weight().value());
        assertEquals(97.77, s.total().rate().value());
        assertEquals(9, s.total().score().value());
        Map<String, Double> income = s.income().stream().filter(i -> i.value() != null)
                .collect(Collectors.toMap(SelfEvalForm.SplitItem::name, i -> i.value().value()));
        assertEquals(Map.of("一般公共预算", 860.02, "其他资金", 0.47), income);
        assertEquals(4, s.income().size());
        assertEquals(2, s.expense().size());
        assertEquals(193.13, s.expense().get(0).value().value());

        Indicators ind = s.indicators();
        assertEquals(13, ind.rows().size());
        assertEquals(90, ind.rows().stream().mapToDouble(x -> x.weight().value()).sum());
        assertEquals(89, ind.rows().stream().mapToDouble(x -> x.score().value()).sum());
        assertEquals(Map.of("产出", 50.0, "效益", 30.0, "满意度", 10.0), ind.declaredWeights().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value())));
        IndicatorRow cost = ind.rows().stream().filter(IndicatorRow::isCost).findFirst().orElseThrow();
        assertEquals("产出指标", cost.primary());
        assertEquals("≤", cost.targetQuantity().orElseThrow().comparator());
        assertEquals(860.9, cost.actualQuantity().orElseThrow().value());
        assertFalse(cost.reasonMissing());
        assertEquals(100, ind.totalWeight().value());
        assertEquals(98, ind.totalScore().value());

        BaseDataForm b = forms.baseData().get(0);
        assertEquals(10, b.quota().value());
        assertEquals(13, b.staff().value());
        assertEquals(130, b.controlRate().value());
        assertEquals(2024, b.year());
        assertEquals(0.31, b.row(BaseDataForm.THREE_PUBLIC).orElseThrow().value(2).value());
        assertEquals(2, b.children(BaseDataForm.PROJECT).stream().filter(x -> !x.blank()).count());
        assertEquals(667.77, b.row(BaseDataForm.PROJECT).orElseThrow().value(2).value());
        assertEquals(3, b.children(BaseDataForm.PUBLIC).size());
        assertEquals(6, b.building().size());
    }
}
