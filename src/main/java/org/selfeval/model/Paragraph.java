package org.selfeval.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A paragraph of body text.
 *
 * @param ocr  true when the text was recognised from a page image
 * @param box  where it is on the page (PDF only), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Paragraph(String text, int page, TextStyle style, boolean ocr, Box box) implements Block {
    public Paragraph {
        style = style == null ? TextStyle.NONE : style;
    }

    public static Paragraph of(String text, int page) {
        return new Paragraph(text, page, TextStyle.NONE, false, null);
    }
}
