package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;
import org.selfeval.model.DocumentMetadata;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {

    private static List<String> texts(Paragraph... ps) {
        ReportDocument doc = new ReportDocument(new DocumentMetadata("t.pdf", "", 0, "pdf", "", 2, null, null, null, false),
                List.of(ps), List.of());
        return Sentences.of(doc).all().stream().map(Sentences.Sentence::text).toList();
    }

    @Test
    void sentenceCutByPageBreak_isOneSentenceOfItsFirstPage() {
        ReportDocument doc = new ReportDocument(new DocumentMetadata("t.pdf", "", 0, "pdf", "", 2, null, null, null, false),
                List.of(Paragraph.of("“三公经费”实际完成1.2万元。其中：公", 1),
                        Paragraph.of("务接待费1.2万元，比上年减少7.72万元。其余无。", 2)), List.of());
        List<Sentences.Sentence> all = Sentences.of(doc).all();
        assertEquals(List.of("“三公经费”实际完成1.2万元。", "其中：公务接待费1.2万元，比上年减少7.72万元。", "其余无。"),
                all.stream().map(Sentences.Sentence::text).toList());
        assertEquals(1, all.get(1).page());
        assertEquals(List.of(0, 1, 2), all.stream().map(Sentences.Sentence::index).toList());
    }

    @Test
    void endedSentenceOrSamePage_notJoined() {
        assertEquals(3, texts(Paragraph.of("全年支出900万元。其中", 1), Paragraph.of("基本支出500万元。", 1)).size());
        assertEquals(2, texts(Paragraph.of("全年支出900万元。", 1), Paragraph.of("基本支出500万元。", 2)).size());
    }
}
