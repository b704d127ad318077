package org.selfeval.index;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class BigramsTest {

    @Test
    void hanRun_givesOverlappingBigrams() {
        assertEquals("专精 精特 特新", Bigrams.of("专精特新"));
    }

    @Test
    void punctuationAndLatin_separateRuns() {
        assertEquals(List.of("君山", "山区", "2024", "年", "ok"), Bigrams.tokens("君山区，2024年 OK!"));
    }

    @Test
    void loneHan_keptAsItself() {
        assertEquals("县", Bigrams.of("（县）"));
    }

    @Test
    void snippets_highlightQueryAndEscapeMarkup() {
        List<IndexAnalysis.QueryPart> parts = List.of(new IndexAnalysis.QueryPart("专精特新", List.of("专精", "特新"),
                Bigrams.tokens("专精特新")));
        List<String> s = Snippets.of("培育<A>级专精特新企业3家", parts);
        assertEquals(List.of("培育&lt;A&gt;级<em>专精特新</em>企业3家"), s);
        assertTrue(Snippets.of("无关文字", parts).isEmpty());
    }

    @Test
    void hanFastPath_agreesWithTheUnicodeScriptLookupEverywhere() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean expected = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (Bigrams.isHan(cp) != expected) {
                fail("U+" + Integer.toHexString(cp) + ": fast path says " + !expected);
            }
        }
    }

    @Test
    void joinedForm_isTheTokensSpaceJoined() {
        String text = "𠀀𠀁区（县）2024年OK，预算执行率92.5%；单字甲 乙";
        assertEquals(String.join(" ", Bigrams.tokens(text)), Bigrams.of(text));
        assertEquals(List.of("𠀀𠀁", "𠀁区", "县", "2024", "年", "ok", "预算", "算执", "执行", "行率", "92", "5",
                "单字", "字甲", "乙"), Bigrams.tokens(text));
        assertEquals("", Bigrams.of(null));
    }
}
