package org.selfeval.index.es;

import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.index.Bigrams;
import org.selfeval.index.IndexedReport;

import java.util.List;
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

    /**
     * The source as JSON bytes, written once: the client sends {@link BinaryData} as it is, where a
     * tree would be built and then serialised again (the client's CPU is a bulk load's limit).
     */
    BinaryData toSource(IndexedReport report) {
        List<String> severities = report.findings().stream().map(f -> f.severity().toLowerCase(Locale.ROOT))
                .distinct().toList();
        try {
            return BinaryData.of(mapper.writeValueAsBytes(new Source(report, Bigrams.of(report.text()), severities)),
                    ContentType.APPLICATION_JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + report.file(), e);
        }
    }

    /** The record's fields, then the engine's own. */
    private static final class Source {
        @JsonUnwrapped
        public final IndexedReport report;
        @JsonProperty(BIGRAMS)
        public final String bigrams;
        @JsonProperty(SEVERITIES)
        public final List<String> severities;

        Source(IndexedReport report, String bigrams, List<String> severities) {
            this.report = report;
            this.bigrams = bigrams;
            this.severities = severities;
        }
    }

    IndexedReport fromSource(ObjectNode source) {
        ObjectNode copy = source.deepCopy();
        copy.remove(BIGRAMS);
        copy.remove(SEVERITIES);
        return mapper.convertValue(copy, IndexedReport.class);
    }
}
