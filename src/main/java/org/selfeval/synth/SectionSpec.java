package org.selfeval.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * One numbered heading with its body paragraphs and sub-sections.
 *
 * @param numbering the token as printed, e.g. "一、", "（一）", "1、", "（1）"
 * @param level     1 for 一、, 2 for （一）, 3 for 1、, 4 for （1）
 * @param paragraphs body paragraphs before the first child ("无" for empty sections)
 */
public record SectionSpec(String numbering, int level, String title, List<String> paragraphs,
                          List<SectionSpec> children) {

    public SectionSpec {
        paragraphs = List.copyOf(paragraphs);
        children = List.copyOf(children);
    }

    public static SectionSpec of(String numbering, int level, String title, List<String> paragraphs) {
        return new SectionSpec(numbering, level, title, paragraphs, List.of());
    }

    public String headingText() {
        return numbering + title;
    }

    public SectionSpec withTitle(String newTitle) {
        return new SectionSpec(numbering, level, newTitle, paragraphs, children);
    }

    public SectionSpec withNumbering(String newNumbering) {
        return new SectionSpec(newNumbering, level, title, paragraphs, children);
    }

    public SectionSpec withParagraphs(List<String> newParagraphs) {
        return new SectionSpec(numbering, level, title, newParagraphs, children);
    }

    public SectionSpec withChildren(List<SectionSpec> newChildren) {
        return new SectionSpec(numbering, level, title, paragraphs, newChildren);
    }

    void collectInto(List<SectionSpec> out) {
        out.add(this);
        for (SectionSpec child : children) {
            child.collectInto(out);
        }
    }

    /** This section and its descendants in document order. */
    public List<SectionSpec> flattened() {
        List<SectionSpec> out = new ArrayList<>();
        collectInto(out);
        return out;
    }
}
