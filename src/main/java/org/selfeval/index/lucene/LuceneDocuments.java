package org.selfeval.index.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.BytesRef;
import org.selfeval.index.Bigrams;
import org.selfeval.index.FigureEntry;
import org.selfeval.index.FindingEntry;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.SearchHit;
import org.selfeval.index.Snippets;
import org.selfeval.index.VersionGroup;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Lucene schema. Keyword fields filter, sorted-set doc values count facets, the two text
 * fields are whitespace-analysed (tokens made in Java), and the whole report is stored as JSON
 * (its text apart: see {@link #HIT}).
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
    /** Sorted doc values of the sha256: the last tie-break of hits, as in the Elasticsearch engine. */
    static final String SHA_SORT = "sha256_sort";
    static final String DEPARTMENT = "department";
    static final String REGION = "region";
    static final String KIND = "kind";
    static final String FINDING = "finding";
    static final String SEVERITY = "severity";
    static final String GROUP = "dept_year";
    static final String INDEXED_AT = "indexed_at";
    static final String ANY_UNIT = "*";
    /**
     * Binary doc values with what a search hit shows: its identity fields and the text (LZ4), read
     * without decompressing the stored JSON, which leaves the text out. Indexes written before
     * have no such field and the text in the JSON; both are read.
     */
    static final String HIT = "hit";

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
        d.add(new SortedDocValuesField(SHA_SORT, new BytesRef(r.sha256())));
        d.add(new StoredField(JSON, toJson(withText(r, null))));
        d.add(new BinaryDocValuesField(HIT, HitData.encode(r)));
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

    /** The stored report of a document of {@code leaf}. */
    static IndexedReport report(LeafReader leaf, int doc) throws IOException {
        IndexedReport r = fromJson(leaf.storedFields().document(doc, Set.of(JSON)).get(JSON), IndexedReport.class);
        HitData h = HitData.read(leaf, doc);
        return h == null ? r : withText(r, h.text());
    }

    /** The search hit of a document of {@code leaf}; its snippets from the report's text. */
    static SearchHit hit(LeafReader leaf, int doc, float score, List<IndexAnalysis.QueryPart> parts) throws IOException {
        HitData h = HitData.read(leaf, doc);
        if (h == null) {
            IndexedReport r = report(leaf, doc);
            h = new HitData(r.sha256(), r.file(), r.title(), r.department(), r.year(), r.kind(), r.region(), r.text());
        }
        return new SearchHit(h.file(), h.sha256(), h.title(), h.department(), h.year(), h.kind(), score,
                Snippets.of(h.text(), parts), h.region());
    }

    private static IndexedReport withText(IndexedReport r, String text) {
        return new IndexedReport(r.sha256(), r.file(), r.title(), r.department(), r.region(), r.year(), r.kind(),
                r.profile(), r.pages(), r.ocr(), r.completeness(), r.completenessMax(), r.missing(), r.findings(),
                text, r.segmented(), r.sections(), r.figures(), r.current(), r.indexedAtMillis());
    }

    private static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T fromJson(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt stored report", e);
        }
    }
}
