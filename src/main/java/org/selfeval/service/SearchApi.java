package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.selfeval.engine.FindingIds;
import org.selfeval.figures.FigureLabels;
import org.selfeval.engine.ReportResult;
import org.selfeval.index.FigureCondition;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReportBuilder;
import org.selfeval.report.FindingCodes;
import org.selfeval.index.IndexUnavailableException;
import org.selfeval.index.QueryLimits;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.SearchHit;
import org.selfeval.index.SearchQuery;
import org.selfeval.index.SearchResult;
import org.selfeval.model.Figure;
import org.selfeval.model.Finding;
import org.selfeval.pipeline.Json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GET /api/search: the CLI's search over HTTP, with paging and facets as value/count lists. */
public final class SearchApi {

    private static final Pattern EM = Pattern.compile("</?em>");

    private final ReportIndex index;
    private final QueryLimits limits;
    private final int maxWindow;
    private final ResultStore results;
    private final FigureLabels labels;
    private final IndexAnalysis analysis;
    private final IndexedReportBuilder builder;

    /** @param maxWindow most of offset + limit (service.http.max_result_window) */
    public SearchApi(ReportIndex index, QueryLimits limits, int maxWindow) {
        this(index, limits, maxWindow, null, null, null);
    }

    /**
     * @param results  stored results, to quote matched figures and point a hit at its finding (null: not done)
     * @param labels   figure labels, to tell a reviewer which labels a figure filter can name (null: not told)
     * @param analysis the index's analysis, whose canonical labels the figure filters are compared under
     */
    public SearchApi(ReportIndex index, QueryLimits limits, int maxWindow, ResultStore results, FigureLabels labels,
                     IndexAnalysis analysis) {
        this.index = index;
        this.limits = limits;
        this.maxWindow = maxWindow;
        this.results = results;
        this.labels = labels;
        this.analysis = analysis;
        this.builder = analysis == null ? null : new IndexedReportBuilder(analysis);
    }

    public void search(Exchange ex) {
        Http.handle(ex, () -> {
            int limit = Math.min(Math.max(Http.intParam(ex, "limit", SearchQuery.DEFAULT_LIMIT), 1), 200);
            int offset = Math.max(Http.intParam(ex, "offset", 0), 0);
            // long: offset near Integer.MAX_VALUE must not wrap round below the window.
            if ((long) offset + limit > maxWindow) {
                throw ApiError.badRequest("最多翻到第 " + maxWindow + " 条结果（offset + limit），请增加筛选条件。");
            }
            List<FigureCondition> figures = new ArrayList<>();
            for (String f : Http.params(ex, "figure")) {
                try {
                    figures.add(FigureCondition.parse(f));
                } catch (IllegalArgumentException e) {
                    throw ApiError.badRequest("数值条件无法识别：" + f + "（例如 预算执行率<90%）。");
                }
            }
            String q = Http.param(ex, "q");
            try {
                limits.check(q);
            } catch (QueryLimits.QueryTooLongException e) {
                throw ApiError.badRequest(e.getMessage());
            }
            SearchQuery query = new SearchQuery(q == null ? "" : q, Http.intParam(ex, "year", null),
                    Http.param(ex, "department"), Http.param(ex, "region"), Http.param(ex, "kind"),
                    findingCode(Http.param(ex, "finding")), Http.param(ex, "severity"), figures,
                    Boolean.parseBoolean(Http.param(ex, "allVersions")), offset + limit);
            SearchResult result;
            try {
                result = index.search(query);
            } catch (IndexUnavailableException e) {
                throw new ApiError(503, "UNAVAILABLE", e.getMessage());
            }
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("total", result.total());
            // A filter-only search ranks nothing: its scores mean nothing to a reviewer.
            body.put("scored", q != null && !q.isBlank());
            ArrayNode hits = body.putArray("hits");
            // Canonical labels once per search, as the engines compare them.
            List<FigureCondition> conditions = analysis == null ? figures : figures.stream().map(analysis::canonical).toList();
            result.hits().stream().skip(offset).forEach(h -> hits.add(hit(h, query, conditions)));
            if (result.total() == 0) {
                String notice = unknownLabels(figures);
                if (notice != null) {
                    body.put("notice", notice);
                }
            }
            ObjectNode facets = body.putObject("facets");
            for (String name : SearchResult.FACETS) {
                ArrayNode list = facets.putArray(name);
                result.facets().getOrDefault(name, Map.of()).entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                                .thenComparing(Map.Entry.comparingByKey()))
                        .forEach(e -> {
                            ObjectNode v = list.addObject().put("value", e.getKey()).put("count", e.getValue());
                            if ("finding".equals(name)) {
                                v.put("name", FindingCodes.defaults().name(e.getKey()));
                            }
                        });
            }
            // Facets list their most frequent values (index.query.facet_values); the rest are summed here.
            ObjectNode other = body.putObject("facets_other");
            result.facetsOther().forEach(other::put);
            Http.json(ex, 200, body);
        });
    }

    /** A code or its Chinese name (合计不一致); an unknown one is a 400 listing the names. */
    private static String findingCode(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        return FindingCodes.defaults().resolve(codeOrName)
                .orElseThrow(() -> ApiError.badRequest(FindingCodes.defaults().unknown(codeOrName)));
    }

    /** "未识别的指标 X": figure labels that name nothing the reports have, with the labels that do. */
    private String unknownLabels(List<FigureCondition> figures) {
        if (labels == null || figures.isEmpty()) {
            return null;
        }
        return labels.unknownNotice(figures.stream().map(FigureCondition::label).toList()).orElse(null);
    }

    /**
     * A hit as the page needs it: the report's own figures that a figure filter matched (entered as
     * the index enters them, quoted with their snippet and page) and the finding a finding or severity
     * filter matched, both from the stored result, read once.
     */
    private ObjectNode hit(SearchHit h, SearchQuery query, List<FigureCondition> conditions) {
        ObjectNode n = hit(h);
        boolean figures = !conditions.isEmpty();
        boolean findings = query.finding() != null || query.severity() != null;
        ArrayNode matched = figures ? n.putArray("matched") : null;
        if (results == null || !figures && !findings) {
            return n;
        }
        results.get(h.sha256()).ifPresent(stored -> {
            ReportResult r = stored.result();
            if (figures && builder != null) {
                for (Figure f : r.figures() == null ? List.<Figure>of() : r.figures()) {
                    if (matched.size() >= 5) {
                        break;
                    }
                    builder.entries(f).stream().filter(e -> conditions.stream().anyMatch(c -> c.label().equals(e.label())
                            && c.unitMatches(e.unit()) && c.test(e.value()))).findFirst().ifPresent(e ->
                            matched.addObject().put("label", e.label()).put("value", f.value()).put("unit", f.unit())
                                    .put("period", f.period()).put("page", f.page()).put("snippet", f.snippet()));
                }
            }
            List<Finding> fs = r.findings() == null ? List.of() : r.findings();
            for (int i = 0; findings && i < fs.size(); i++) {
                if ((query.finding() == null || query.finding().equals(fs.get(i).code()))
                        && (query.severity() == null || query.severity().equals(fs.get(i).severity().json()))) {
                    n.put("finding", FindingIds.all(r).get(i));
                    break;
                }
            }
        });
        return n;
    }

    private ObjectNode hit(SearchHit h) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("sha256", h.sha256());
        n.put("file", h.file());
        n.put("title", h.title());
        n.put("department", h.department());
        n.put("region", h.region());
        if (h.year() != null) {
            n.put("year", h.year());
        }
        n.put("kind", h.kind());
        n.put("score", h.score());
        ArrayNode snippets = n.putArray("snippets");
        h.snippets().forEach(s -> snippets.add(safeSnippet(s)));
        return n;
    }

    /**
     * Only the &lt;em&gt; markers stay markup: the text between them is unescaped once (in case the index
     * escaped it) and escaped again, so it is escaped exactly once whatever the index did.
     */
    static String safeSnippet(String snippet) {
        StringBuilder out = new StringBuilder();
        Matcher m = EM.matcher(snippet);
        int at = 0;
        while (m.find()) {
            out.append(escape(unescape(snippet.substring(at, m.start())))).append(m.group());
            at = m.end();
        }
        out.append(escape(unescape(snippet.substring(at))));
        return out.toString();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
