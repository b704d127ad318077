package org.selfeval.figures;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HanlpSegmenterTest {

    private static List<String> domainWords(Segmenter s, String text) {
        return s.segment(text).stream().filter(Token::isDomainTerm).map(Token::word).toList();
    }

    @Test
    void dictionaryTerms_areOneTokenWithDomainNature() {
        List<String> words = domainWords(TestLabels.SEGMENTER,
                "2024年“三公经费”预算1.2万元，其中：公务接待1.2万元、因公出国（境）费0万元、公务用车购置及运行费0万元。");
        assertEquals(List.of("三公经费", "公务接待", "因公出国（境）费", "公务用车购置及运行费"), words);
    }

    @Test
    void termsOverrideHanlpWordBoundaries() {
        assertEquals(List.of("全年支出", "工资福利支出", "对个人和家庭的补助"), domainWords(TestLabels.SEGMENTER,
                "2024年全年支出860.9万元，其中工资福利支出116.66万元；对个人和家庭的补助94.7万元"));
    }

    @Test
    void offsets_pointIntoTheText() {
        String text = "其中：人员经费177.57万元，日常公用经费15.56万元。";
        for (Token t : TestLabels.SEGMENTER.segment(text)) {
            assertEquals(t.word(), text.substring(t.start(), t.end()));
        }
    }

    @Test
    void instances_doNotShareTerms() {
        HanlpSegmenter only = new HanlpSegmenter(List.of("规模工业企业"));
        assertEquals(List.of("规模工业企业"), domainWords(only, "新增规模工业企业6家，基本支出193.13万元"));
        assertFalse(domainWords(TestLabels.SEGMENTER, "新增规模工业企业6家").contains("规模工业企业"));
    }

    @Test
    void sharedBetweenThreads_givesSameTokens() throws Exception {
        String text = "2024年基本支出193.13万元，其中：工资福利支出177.57万元，占基本支出的91.94%；商品和服务支出15.56万元。";
        List<Token> expected = TestLabels.SEGMENTER.segment(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Token>>> results = Stream.generate(() -> pool.submit(() -> TestLabels.SEGMENTER.segment(text)))
                    .limit(64).toList();
            for (Future<List<Token>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void segmenting_writesNoCacheIntoConfigOrWorkingDirectory() throws IOException {
        TestLabels.SEGMENTER.segment("公务接待费0.31万元");
        try (Stream<Path> files = Files.walk(Path.of("config"))) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".bin")));
        }
        assertFalse(Files.exists(Path.of("data", "dictionary")));
    }
}
