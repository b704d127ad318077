package org.selfeval.figures;

import org.selfeval.model.Paragraph;
import org.selfeval.structure.NumberingToken;

import java.util.regex.Pattern;

/**
 * Whether a paragraph goes on in the first paragraph of the next page: a PDF cuts a sentence at the
 * page break ("…其中：工资福利支" / "出665.79万元，…") and the label of the number is lost. Only across a
 * page break (within a page the extractor has joined the lines), only when the first part ends no
 * sentence and is body text, the second opens no numbered item, and no number is cut in two.
 */
public final class PageBreakJoin {

    /** A first part ending so ends its sentence, list intro or clause group. */
    private static final Pattern ENDED = Pattern.compile("[。！？!?：:；;…）)”\"]$");
    /** A numbered line this short is a title, not a wrapped sentence. */
    private static final int TITLE_LENGTH = 30;

    private PageBreakJoin() {
    }

    public static boolean continues(Paragraph first, Paragraph next) {
        String a = first.text() == null ? "" : first.text().strip();
        String b = next.text() == null ? "" : next.text().strip();
        if (a.isEmpty() || b.isEmpty() || next.page() != first.page() + 1 || ENDED.matcher(a).find()) {
            return false;
        }
        if (NumberingToken.parse(b) != null || (NumberingToken.parse(a) != null && a.length() < TITLE_LENGTH)) {
            return false;
        }
        if (first.style().centered() || next.style().centered()) {
            return false; // a centred title
        }
        return !(numeric(a.charAt(a.length() - 1)) && numeric(b.charAt(0)));
    }

    private static boolean numeric(char c) {
        return Character.isDigit(c) || c == '.' || c == '．' || (c >= '０' && c <= '９');
    }
}
