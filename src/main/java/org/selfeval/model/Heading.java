package org.selfeval.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A section heading recovered by the structure stage.
 *
 * @param numbering the numbering token as written, e.g. "一、", "（一）", "1.", "（1）"; empty if none
 * @param scheme    which numbering family the token belongs to
 * @param level     1-based depth in the outline
 * @param title     the heading text without its numbering token
 * @param drift     a note when the numbering does not follow on from its siblings (e.g. "（2）"
 *                  after "（一）"), else null; drift is recorded, never fatal
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Heading(String numbering, NumberingScheme scheme, int level, String title, int page,
                      String drift, boolean ocr, Box box) implements Block {

    /** The heading as written. */
    public String text() {
        return numbering + title;
    }
}
