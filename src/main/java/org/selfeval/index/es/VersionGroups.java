package org.selfeval.index.es;

import org.selfeval.index.IndexedReport;
import org.selfeval.index.VersionGroup;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Which version of a {@link VersionGroup} is current: the latest indexed, ties to the greater sha256
 * (as in the embedded engine). A group is read from the index the first time this process touches
 * it and kept up to date by this process's own writes afterwards, so upserts need no refresh.
 * Right for a single writer only (see {@link SharedWriters} for several). Not thread-safe: the engine
 * serialises writes.
 */
final class VersionGroups {

    /** One stored version: when it was indexed and its stored current flag. */
    record Version(String sha256, long indexedAtMillis, boolean current) {
    }

    private static final Comparator<Version> NEWEST_LAST = Comparator
            .comparingLong(Version::indexedAtMillis).thenComparing(Version::sha256);

    private final Function<VersionGroup, Map<String, Version>> loader;
    private final Map<VersionGroup, Map<String, Version>> groups = new HashMap<>();
    private final Map<String, VersionGroup> groupOf = new HashMap<>();

    /** @param loader the stored versions of a group, by sha256 */
    VersionGroups(Function<VersionGroup, Map<String, Version>> loader) {
        this.loader = loader;
    }

    /**
     * Records a written report and returns the flags that must change: the report's own (always
     * present) and those of other versions of its old and new group whose stored flag is wrong now.
     */
    Map<String, Boolean> write(IndexedReport report) {
        String sha = report.sha256();
        VersionGroup oldVersionGroup = groupOf.remove(sha);
        if (oldVersionGroup != null) {
            groups.get(oldVersionGroup).remove(sha);
        }
        VersionGroup group = VersionGroup.of(report);
        Map<String, Boolean> changes = new LinkedHashMap<>();
        if (group == null) {
            changes.put(sha, true);
        } else {
            Map<String, Version> versions = groups.computeIfAbsent(group, g -> new HashMap<>(loader.apply(g)));
            versions.put(sha, new Version(sha, report.indexedAtMillis(), false));
            groupOf.put(sha, group);
            // The report's own flag is always written (its document is new); placeholder false above.
            String newest = newest(versions);
            changes.put(sha, sha.equals(newest));
            versions.put(sha, new Version(sha, report.indexedAtMillis(), sha.equals(newest)));
            reconcile(versions, sha, changes);
        }
        if (oldVersionGroup != null && !oldVersionGroup.equals(group)) {
            reconcile(groups.get(oldVersionGroup), sha, changes);
        }
        return changes;
    }

    /**
     * Forgets a report whose write failed and returns the flag changes that leave its group right
     * again (e.g. the version it would have superseded is current once more).
     */
    Map<String, Boolean> forget(String sha) {
        VersionGroup group = groupOf.remove(sha);
        Map<String, Boolean> changes = new LinkedHashMap<>();
        if (group != null) {
            Map<String, Version> versions = groups.get(group);
            versions.remove(sha);
            reconcile(versions, sha, changes);
        }
        return changes;
    }

    private static void reconcile(Map<String, Version> versions, String written, Map<String, Boolean> changes) {
        String newest = newest(versions);
        for (Version v : Map.copyOf(versions).values()) {
            boolean shouldBe = v.sha256().equals(newest);
            if (!v.sha256().equals(written) && v.current() != shouldBe) {
                versions.put(v.sha256(), new Version(v.sha256(), v.indexedAtMillis(), shouldBe));
                changes.put(v.sha256(), shouldBe);
            }
        }
    }

    private static String newest(Map<String, Version> versions) {
        return versions.values().stream().max(NEWEST_LAST).map(Version::sha256).orElse(null);
    }
}
