package org.selfeval.eval.tables;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvGridTest {

    @Test
    void quotedFields_keepCommasQuotesAndLineBreaks() {
        List<List<String>> g = CsvGrid.parse("\"Cycle \nName\",\"a,b\",\"say \"\"hi\"\"\"\r\nx,,z\r\n");
        assertEquals(List.of(List.of("Cycle \nName", "a,b", "say \"hi\""), List.of("x", "", "z")), g);
    }

    @Test
    void raggedRows_paddedToWidestRow() {
        List<List<String>> g = CsvGrid.parse("a,b,c\nd\n");
        assertEquals(List.of(List.of("a", "b", "c"), List.of("d", "", "")), g);
    }

    @Test
    void lastLineWithoutNewline_isKept() {
        assertEquals(List.of(List.of("1", "2")), CsvGrid.parse("\uFEFF1,2"));
    }
}
