package org.selfeval.index;

/**
 * Which indexed reports are versions of one another: the same department's report of the same
 * kind for the same year — and, for project reports, of the same project (a department files one
 * per project). The newest version of a group is current; both engines use this one definition.
 *
 * @param project the report title for 项目支出 reports, else null
 */
public record VersionGroup(String department, int year, String kind, String project) {

    /** The group of a report, or null when its department or year is unknown (it then supersedes nothing). */
    public static VersionGroup of(IndexedReport r) {
        if (r.department() == null || r.department().isBlank() || r.year() == null) {
            return null;
        }
        String kind = r.kind() == null ? "" : r.kind();
        return new VersionGroup(r.department(), r.year(), kind, "项目支出".equals(kind) ? r.title() : null);
    }

    /** One string for maps and stored fields. */
    public String key() {
        return department + '\u0000' + year + '\u0000' + kind + '\u0000' + (project == null ? "" : project);
    }
}
