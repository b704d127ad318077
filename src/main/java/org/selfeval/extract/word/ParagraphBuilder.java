package org.selfeval.extract.word;

import org.selfeval.model.Block;
import org.selfeval.model.TextStyle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one Word paragraph while it is read: text run by run, with the size and weight of
 * every character, so the dominant font size and boldness can be reported as style hints.
 */
final class ParagraphBuilder {

    final StringBuilder text = new StringBuilder();
    /** Text-box content anchored in this paragraph, emitted right after it. */
    final List<Block> floating = new ArrayList<>();

    private final Map<Integer, Integer> charsBySize = new HashMap<>(4);
    private int boldChars;
    private int countedChars;

    /** Appends run text set in {@code halfPoints} (null when unknown). */
    void append(CharSequence s, Integer halfPoints, boolean bold) {
        text.append(s);
        int visible = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                visible++;
            }
        }
        if (visible == 0) {
            return;
        }
        countedChars += visible;
        if (bold) {
            boldChars += visible;
        }
        if (halfPoints != null) {
            charsBySize.merge(halfPoints, visible, Integer::sum);
        }
    }

    void appendBreak(char c) {
        text.append(c);
    }

    /** Puts an automatic numbering label in front of the text. */
    void prependLabel(String label) {
        if (label.isEmpty()) {
            return;
        }
        char last = label.charAt(label.length() - 1);
        // "1.1" + "Scope" would read as one token; CJK labels end in punctuation and need no space.
        text.insert(0, Character.isLetterOrDigit(last) && last < 0x2E80 ? label + " " : label);
    }

    String cleanText() {
        return text.toString().strip();
    }

    TextStyle style(String styleName, Integer outlineLevel, boolean centered) {
        Double size = null;
        int best = 0;
        for (Map.Entry<Integer, Integer> e : charsBySize.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                size = e.getKey() / 2.0;
            }
        }
        boolean bold = countedChars > 0 && boldChars * 2 > countedChars;
        Integer level = outlineLevel != null && outlineLevel >= 0 && outlineLevel < 9 ? outlineLevel : null;
        if (size == null && !bold && styleName == null && level == null && !centered) {
            return TextStyle.NONE;
        }
        return new TextStyle(size, bold, styleName, level, centered);
    }
}
