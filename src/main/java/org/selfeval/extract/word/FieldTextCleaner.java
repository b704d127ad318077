package org.selfeval.extract.word;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Turns .doc text into what Word displays: field codes (\u0013 instructions \u0014 result \u0015)
 * keep their result only, and Word's control characters (cell and paragraph marks, object
 * anchors, page breaks) go. Stateful, because a field can run across paragraphs (a TOC does).
 */
final class FieldTextCleaner {

    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATE = '\u0014';
    private static final char FIELD_END = '\u0015';

    /** One entry per open field: true while still in its instructions. */
    private final Deque<Boolean> fields = new ArrayDeque<>();

    String clean(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case FIELD_BEGIN -> fields.push(Boolean.TRUE);
                case FIELD_SEPARATE -> {
                    if (!fields.isEmpty()) {
                        fields.pop();
                        fields.push(Boolean.FALSE);
                    }
                }
                case FIELD_END -> {
                    if (!fields.isEmpty()) {
                        fields.pop();
                    }
                }
                default -> {
                    if (!fields.isEmpty() && fields.peek()) {
                        continue;
                    }
                    appendVisible(sb, c);
                }
            }
        }
        return sb.toString();
    }

    private static void appendVisible(StringBuilder sb, char c) {
        if (c == '\u000b') {
            sb.append('\n'); // manual line break
        } else if (c == '\t') {
            sb.append('\t');
        } else if (c == '\u001e') {
            sb.append('-'); // non-breaking hyphen
        } else if (c == '\u00a0') {
            sb.append(' ');
        } else if (c >= ' ' && c != '\u00ad') {
            sb.append(c);
        }
        // Everything else below 0x20 (\r paragraph end, \u0007 cell mark, \u000c page break,
        // \u0001 picture, \u0008 drawing anchor, \u001f optional hyphen) is not text.
    }
}
