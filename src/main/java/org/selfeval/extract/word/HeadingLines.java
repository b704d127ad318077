package org.selfeval.extract.word;

import org.selfeval.structure.NumberingToken;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph at manual line breaks (Shift+Enter) where the next line starts with a
 * numbering token: authors often type "一、概况" and its first sub-item in one paragraph, and the
 * outline stage needs every numbered line as a paragraph of its own. Other line breaks stay.
 */
final class HeadingLines {

    private HeadingLines() {
    }

    static List<String> split(String text) {
        if (text.indexOf('\n') < 0) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (!current.isEmpty() && !trimmed.isEmpty() && NumberingToken.parse(trimmed) != null) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(line);
        }
        String last = current.toString().strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        out.removeIf(String::isEmpty);
        return out;
    }
}
