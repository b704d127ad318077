package org.selfeval.index;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The search index of checked reports; Lucene embedded or Elasticsearch, same semantics. */
public interface ReportIndex extends AutoCloseable {

    /**
     * Same sha256 replaces; a newer version of the same {@link VersionGroup} (department, year, kind,
     * and project for project reports) supersedes older ones
     * (current=false, still findable with includeSuperseded).
     */
    void upsert(IndexedReport report);

    Optional<IndexedReport> get(String sha256);

    /** Those of the given reports that a newer version replaced (indexed and not current). */
    default Set<String> superseded(Collection<String> sha256s) {
        Set<String> out = new HashSet<>();
        for (String sha : sha256s) {
            get(sha).filter(r -> !r.current()).ifPresent(r -> out.add(sha));
        }
        return out;
    }

    /** Every indexed report of a department, all years and versions (for cross-year checks). */
    List<IndexedReport> byDepartment(String department);

    SearchResult search(SearchQuery query);

    long count();

    /** Makes writes visible to search. */
    void refresh();

    @Override
    void close();
}
