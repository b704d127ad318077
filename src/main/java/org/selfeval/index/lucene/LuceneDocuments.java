package org.selfeval.index.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.selfeval.index.Bigrams;
import org.selfeval.index.FigureEntry;
import org.selfeval.index.FindingEntry;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.VersionGroup;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Lucene schema. Keyword fields filter, sorted-set doc values count facets, the two text
 * fields are whitespace-analysed (tokens made in Java), and the whole report is stored as JSON.
 * Figures are indexed as {@link DoublePoint}s, one field per canonical label and unit
 * ({@code fig|预算执行率|%}) plus one per label for any unit ({@code fig|预算执行率|*}): a range
 * query on one field then means "some figure with this label is in range", without child docs.
 */
final class LuceneDocuments {

    static final String SHA = "sha256";
    static final String JSON = "json";
    static final String SEGMENTED = "segmented";
    static final String BIGRAMS = "bigrams";
    static final String CURRENT = "current";
    static final String YEAR = "year";
    static final String YEAR_SORT = "year_sort";
    static final String DEPARTMENT = "department";
    static final String REGION = "region";
    static final String KIND = "kind";
    static final String FINDING = "finding";
    static final String SEVERITY = "severity";
    static final String GROUP = "dept_year";
    static final String INDEXED_AT = "indexed_at";
    static final String ANY_UNIT = "*";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private LuceneDocuments() {
    }

    static String figureField(String label, String unit) {
        return "fig|" + label + "|" + (unit == null || unit.isEmpty() ? ANY_UNIT : unit);
    }

    /** The report's version group key (see {@link VersionGroup}), or null when it has none. */
    static String group(IndexedReport r) {
        VersionGroup g = VersionGroup.of(r);
        return g == null ? null : g.key();
    }

    static Document toDocument(IndexedReport r) {
        Document d = new Document();
        d.add(new StringField(SHA, r.sha256(), Field.Store.YES));
        d.add(new StoredField(JSON, toJson(r)));
        d.add(new TextField(SEGMENTED, r.segmented() == null ? "" : r.segmented(), Field.Store.NO));
        d.add(new TextField(BIGRAMS, Bigrams.of(r.text()), Field.Store.NO));
        d.add(new StringField(CURRENT, Boolean.toString(r.current()), Field.Store.YES));
        d.add(new StoredField(INDEXED_AT, r.indexedAtMillis()));
        String group = group(r);
        if (group != null) {
            d.add(new StringField(GROUP, group, Field.Store.YES));
        }
        if (r.year() != null) {
            keyword(d, YEAR, r.year().toString());
            d.add(new NumericDocValuesField(YEAR_SORT, r.year()));
        }
        keyword(d, DEPARTMENT, r.department());
        keyword(d, REGION, r.region());
        keyword(d, KIND, r.kind());
        Set<String> codes = new LinkedHashSet<>();
        Set<String> severities = new LinkedHashSet<>();
        for (FindingEntry f : r.findings()) {
            codes.add(f.code());
            severities.add(f.severity().toLowerCase(java.util.Locale.ROOT));
        }
        codes.forEach(c -> keyword(d, FINDING, c));
        severities.forEach(s -> d.add(new StringField(SEVERITY, s, Field.Store.NO)));
        for (FigureEntry f : r.figures()) {
            d.add(new DoublePoint(figureField(f.label(), f.unit()), f.value()));
            d.add(new DoublePoint(figureField(f.label(), ANY_UNIT), f.value()));
        }
        return d;
    }

    /** A filterable keyword that is also a facet (sorted-set doc values). */
    private static void keyword(Document d, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        d.add(new StringField(field, value, Field.Store.NO));
        d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    static String toJson(IndexedReport r) {
        try {
            return MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report " + r.sha256(), e);
        }
    }

    static IndexedReport fromJson(String json) {
        try {
            return MAPPER.readValue(json, IndexedReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt stored report", e);
        }
    }
}
