package org.selfeval.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A generated report together with what the rule profile should make of it: which profile it
 * was written for, and which required part each top-level section and each table stands for.
 *
 * @param sectionParts  per top-level section of {@code spec}, the profile's part id (P1…) or null
 * @param tableParts    attachment part id (A1…) per table kind; kinds not listed are not required
 */
public record ProfileReport(String profileId, ReportSpec spec, List<String> sectionParts,
                            Map<TableSpec.Kind, String> tableParts) {

    public ProfileReport {
        if (sectionParts.size() != spec.sections().size()) {
            throw new IllegalArgumentException("one part id per top-level section expected");
        }
        sectionParts = java.util.Collections.unmodifiableList(new ArrayList<>(sectionParts));
        tableParts = Map.copyOf(tableParts);
    }

    public ProfileReport withSpec(ReportSpec newSpec) {
        return new ProfileReport(profileId, newSpec, sectionParts, tableParts);
    }

    /** A copy without top-level section {@code index}, keeping the part ids aligned. */
    public ProfileReport withoutSection(int index) {
        List<String> parts = new ArrayList<>(sectionParts);
        parts.remove(index);
        return new ProfileReport(profileId, spec.withoutSection(index), parts, tableParts);
    }

    /** A copy without the table of this kind and without its line in the 附件 list. */
    public ProfileReport withoutTable(TableSpec.Kind kind) {
        TableSpec t = spec.table(kind);
        if (t == null) {
            return this;
        }
        List<TableSpec> tables = new ArrayList<>(spec.tables());
        tables.remove(t);
        String core = t.titleLine().replaceAll("^\\d{4}年度|（\\d{4}年度）$", "");
        List<String> att = spec.attachments().stream().filter(a -> !a.contains(core)).toList();
        return withSpec(spec.withTables(tables).withAttachments(att));
    }

    /** Index of the top-level section standing for part {@code partId}, or -1. */
    public int sectionOf(String partId) {
        return sectionParts.indexOf(partId);
    }
}
