package org.selfeval.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Typographic hints an extractor saw on a paragraph. The structure stage uses them to tell a
 * heading from a numbered list item; all fields are optional.
 *
 * @param fontSize     dominant font size in points, or null
 * @param bold         whether most characters are bold
 * @param styleName    Word paragraph style name (e.g. "Heading 1", "标题 2"), or null
 * @param outlineLevel Word outline level (0-based) when the style or paragraph declares one, or null
 * @param centered     whether the paragraph is centred
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextStyle(Double fontSize, boolean bold, String styleName, Integer outlineLevel, boolean centered) {
    public static final TextStyle NONE = new TextStyle(null, false, null, null, false);
}
