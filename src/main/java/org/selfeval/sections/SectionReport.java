package org.selfeval.sections;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The outline of a report against its profile: the headings found (with canonical titles where
 * they match a required part), what is missing, and the rubric's completeness score (K5).
 */
public record SectionReport(List<Section> sections, List<Missing> missing, Completeness completeness,
                            List<String> conditionalMissing) {

    /** Contract: sections[]. {@code canonical} is the profile's title for a matched part, else null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String number, String title, int level, int page, String canonical, String part) {
    }

    /** Contract: missing[]; kind is "section" or "attachment". */
    public record Missing(String kind, String canonical, String part) {
    }

    /** Contract: completeness. */
    public record Completeness(double body, double bodyMax, double attachments, double attachmentsMax) {
        public double total() {
            return body + attachments;
        }
    }
}
