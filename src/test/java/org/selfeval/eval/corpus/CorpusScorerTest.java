package org.selfeval.eval.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.selfeval.config.ConfigLoader;
import org.selfeval.eval.corpus.CorpusTruth.Doc;
import org.selfeval.pipeline.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The labelled-corpus matcher on small hand-made truth and check lines (no corpus needed). */
class CorpusScorerTest {

    private static final TitleAliases ALIASES =
            TitleAliases.load(ConfigLoader.configDir().resolve("eval/labelled-aliases.yaml"));
    private static final String COMPLETE = "{\"body\":8,\"bodyMax\":8,\"attachments\":7,\"attachmentsMax\":7}";

    private static JsonNode json(String s) {
        try {
            return Json.MAPPER.readTree(s.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(s, e);
        }
    }

    private static Map<String, Doc> truth(String... docs) {
        Map<String, Doc> out = new LinkedHashMap<>();
        for (String d : docs) {
            Doc doc = CorpusTruth.parse(json(d));
            out.put(doc.file(), doc);
        }
        return out;
    }

    private static CorpusScore score(Map<String, Doc> truth, String... rows) {
        return new CorpusScorer(ALIASES).score(truth, List.of(rows).stream().map(CorpusScorerTest::json).toList());
    }

    private static String doc(String file, String family, String items, boolean clean) {
        return "{'file':'" + file + "','profile':'hn-yy-dept-2020','family':" + (family == null ? "null" : "'" + family + "'")
                + ",'clean':" + clean + ",'missing':[],'completeness':" + COMPLETE + ",'inconsistencies':[" + items + "]}";
    }

    private static String row(String file, String findings) {
        return "{'file':'some/dir/" + file + "','status':'ok','missing':[],'completeness':" + COMPLETE
                + ",'findings':[" + findings + "]}";
    }

    @Test
    void aFindingMatchesWithTwoNumbersWithinTolerance() {
        Map<String, Doc> t = truth(doc("a.docx", null, "{'code':'SUM_MISMATCH','numbers':[10.5,20.25,31]}", false));
        CorpusScore hit = score(t, row("a.docx",
                "{'code':'SUM_MISMATCH','severity':'error','values':[{'label':'x','value':10.504},{'label':'y','value':'20.25'}]}"));
        assertEquals(1.0, hit.inconsistencies().recall());
        assertEquals(1.0, hit.inconsistencies().precision());
        CorpusScore oneOnly = score(t, row("a.docx",
                "{'code':'SUM_MISMATCH','severity':'error','values':[{'value':10.51},{'value':31}]}"));
        assertEquals(0.0, oneOnly.inconsistencies().recall(), "10.51 is 0.01 off: only 31 matches");
        assertEquals(1, oneOnly.unmatched().size());
        assertEquals(1, oneOnly.misses().size());
    }

    @Test
    void weightNeedsOneOffBucketAndInfoOrNumberingIsNotCounted() {
        Map<String, Doc> t = truth(doc("w.pdf", null, "{'code':'WEIGHT_MISMATCH','numbers':[60,50,20,30]}", false));
        CorpusScore s = score(t, row("w.pdf", "{'code':'WEIGHT_MISMATCH','severity':'warning','values':[{'value':60}]},"
                + "{'code':'WEIGHT_MISMATCH','severity':'error','values':[{'value':30},{'value':true}]},"
                + "{'code':'NUMBERING','severity':'warning','values':[]},"
                + "{'code':'SUM_MISMATCH','severity':'info','values':[]}"));
        assertEquals(2, s.findingsCounted());
        assertEquals(1.0, s.inconsistencies().precision());
        assertEquals(1.0, s.inconsistencies().recall());
        CorpusScore other = score(t, row("w.pdf", "{'code':'SCORE_MISMATCH','severity':'error','values':[{'value':60}]}"));
        assertEquals(0.0, other.inconsistencies().recall(), "another code needs two numbers");
    }

    @Test
    void crossYearMayLandOnAnyFileOfTheFamily() {
        Map<String, Doc> t = truth(doc("y2022.docx", "F1", "", true),
                doc("y2023.docx", "F1", "{'code':'CROSS_YEAR_MISMATCH','numbers':[100,120]}", false),
                doc("z.docx", "F2", "", true));
        CorpusScore earlier = score(t, row("y2022.docx",
                "{'code':'CROSS_YEAR_MISMATCH','severity':'warning','values':[{'value':100},{'value':120}]}"),
                row("y2023.docx", ""), row("z.docx", ""));
        assertEquals(1.0, earlier.inconsistencies().recall());
        assertEquals(0, earlier.cleanAlarms());
        CorpusScore otherFamily = score(t, row("y2022.docx", ""), row("y2023.docx", ""), row("z.docx",
                "{'code':'CROSS_YEAR_MISMATCH','severity':'warning','values':[{'value':100},{'value':120}]}"));
        assertEquals(0.0, otherFamily.inconsistencies().recall());
        assertEquals(1, otherFamily.cleanAlarms(), "an unmatched finding on a clean document is an alarm");
        assertEquals(1, otherFamily.cleanDocsWithAlarms());
    }

    @Test
    void missingPartsResolveByAliasOrUniqueContainmentAndConditionalAttachmentIsIgnored() {
        assertEquals("下一步改进措施", ALIASES.resolve("hn-yy-dept-2020", "section", "整改措施"));
        assertEquals("部门整体支出绩效自评工作考核评分表", ALIASES.resolve("hn-yy-dept-2020", "attachment", "工作考核评分"));
        assertNull(ALIASES.resolve("hn-yy-dept-2020", "section", "支出"), "contained in several titles");
        assertTrue(ALIASES.isIgnored("hn-yy-dept-2020", "attachment", "附件4：项目支出绩效自评表"));
        String t = "{'file':'p.doc','profile':'hn-proj-unit','family':null,'clean':false,"
                + "'missing':[{'kind':'section','canonical':'项目组织实施情况'}],"
                + "'completeness':{'body':6,'bodyMax':8,'attachments':7,'attachmentsMax':7},'inconsistencies':[]}";
        CorpusScore s = score(truth(t), "{'file':'p.doc','status':'ok','missing':[{'kind':'section','canonical':'组织实施'},"
                + "{'kind':'section','canonical':'完全无关的标题'}],"
                + "'completeness':{'body':6,'bodyMax':8,'attachments':7,'attachmentsMax':7},'findings':[]}");
        assertEquals(1, s.sections().tp());
        assertEquals(1, s.sections().fp(), "an unresolved title is a false positive");
        assertEquals(0, s.sections().fn());
        assertEquals(1, s.completenessExact());
    }

    @Test
    void failedAndAbsentFilesCountAsMissesAndSummaryUsesPythonRounding() {
        Map<String, Doc> t = truth(doc("a.docx", null, "{'code':'SUM_MISMATCH','numbers':[1,2]}", false),
                doc("b.docx", null, "{'code':'DIFF_MISMATCH','numbers':[3,4]}", false));
        CorpusScore s = score(t, "{'file':'a.docx','status':'failed','error':{'code':'CORRUPT','message':'x'}}");
        assertEquals(1, s.failed().size());
        assertEquals(1, s.absent().size());
        assertEquals(0, s.completenessExact());
        assertEquals(2, s.misses().size());
        assertEquals("SUMMARY recall=0.000 precision=0.000 f1=0.000 sections_f1=0.000 completeness=0.000 clean_alarms=0",
                CorpusScoreFormatter.summary(s));
        assertEquals("0.062", CorpusScoreFormatter.f3(0.0625), "half-even on the exact binary value, like Python");
        assertEquals("0.667", CorpusScoreFormatter.f3(2.0 / 3));
    }
}
