package org.selfeval.index.es;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.index.Bigrams;
import org.selfeval.index.IndexedReport;

/**
 * IndexedReport ↔ Elasticsearch source. The source is the record's own fields (so {@code get}
 * returns exactly what was indexed) plus {@code bigrams}, which only the engine needs.
 */
final class EsDocuments {

    static final String BIGRAMS = "bigrams";

    private final ObjectMapper mapper;

    EsDocuments(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode toSource(IndexedReport report) {
        ObjectNode source = mapper.valueToTree(report);
        source.put(BIGRAMS, Bigrams.of(report.text()));
        return source;
    }

    IndexedReport fromSource(ObjectNode source) {
        ObjectNode copy = source.deepCopy();
        copy.remove(BIGRAMS);
        return mapper.convertValue(copy, IndexedReport.class);
    }
}
