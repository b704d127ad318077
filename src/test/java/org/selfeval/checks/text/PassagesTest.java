package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassagesTest {

    private static List<Passages.Passage> of(String... paragraphs) {
        TextFixture f = new TextFixture();
        for (String p : paragraphs) {
            f.paragraph(p);
        }
        return Passages.of(f.document());
    }

    @Test
    void paragraphCutMidSentence_joinedWithTheNext() {
        List<Passages.Passage> ps = of("全年支出300万元，其中工资福利支出", "120万元；商品和服务支出180万元。", "下一段。");
        // the title paragraph of the fixture ends without 。 and joins too; what matters is the cut sentence
        assertTrue(ps.stream().anyMatch(p -> p.text().contains("工资福利支出120万元；商品和服务支出180万元。")));
        assertTrue(ps.get(ps.size() - 1).text().equals("下一段。"));
    }

    @Test
    void numberCutByLineBreak_markedAndItsPiecesNotTakenAsOne() {
        Passages.Passage p = Passages.passage("对企业补助56 1.63万元，资本性支出12\n0.5万元。", 1);
        assertFalse(p.text().contains("561.63"));
        assertTrue(p.quantities().stream().filter(q -> q.value() == 1.63).allMatch(p::cut));
        assertEquals(0, p.quantities().stream().filter(q -> q.value() == 561.63 || q.value() == 120.5).count());
    }
}
