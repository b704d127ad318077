package org.selfeval.index.es;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.index.Bigrams;
import org.selfeval.index.IndexedReport;

import java.util.Locale;

/**
 * IndexedReport ↔ Elasticsearch source. The source is the record's own fields (so {@code get}
 * returns exactly what was indexed) plus {@code bigrams} and {@code severities}, which only the
 * engine needs.
 */
final class EsDocuments {

    static final String BIGRAMS = "bigrams";
    /** Finding severities in the contract's spelling (error, warning, info), for the filter. */
    static final String SEVERITIES = "severities";

    private final ObjectMapper mapper;

    EsDocuments(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode toSource(IndexedReport report) {
        ObjectNode source = mapper.valueToTree(report);
        source.put(BIGRAMS, Bigrams.of(report.text()));
        ArrayNode severities = source.putArray(SEVERITIES);
        report.findings().stream().map(f -> f.severity().toLowerCase(Locale.ROOT)).distinct()
                .forEach(severities::add);
        return source;
    }

    IndexedReport fromSource(ObjectNode source) {
        ObjectNode copy = source.deepCopy();
        copy.remove(BIGRAMS);
        copy.remove(SEVERITIES);
        return mapper.convertValue(copy, IndexedReport.class);
    }
}
