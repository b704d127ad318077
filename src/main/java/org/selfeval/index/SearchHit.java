package org.selfeval.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** One hit: the search JSON line of the output contract. */
@JsonPropertyOrder({"file", "sha256", "title", "department", "year", "kind", "score", "snippets", "region"})
public record SearchHit(String file, String sha256, String title, String department, Integer year,
                        String kind, double score, List<String> snippets, String region) {

    public SearchHit {
        snippets = snippets == null ? List.of() : List.copyOf(snippets);
    }
}
