package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.selfeval.engine.FindingIds;
import org.selfeval.figures.FigureLabels;
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
    private final IndexedReportBuilder builder;

    /** @param maxWindow most of offset + limit (service.http.max_result_window) */
    public SearchApi(ReportIndex index, QueryLimits limits, int maxWindow) {
        this(index, limits, maxWindow, null, null);
    }

    /**
     * @param results stored results, to point a hit at its finding (null: hits lead to the report)
     * @param labels  figure labels, to tell a reviewer which labels a figure filter can name (null: not told)
     */
    public SearchApi(ReportIndex index, QueryLimits limits, int maxWindow, ResultStore results, FigureLabels labels) {
        this.index = index;
        this.limits = limits;
        this.maxWindow = maxWindow;
        this.results = results;
        this.labels = labels;
        this.builder = labels == null ? null : new IndexedReportBuilder(IndexAnalysis.standard());
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
            result.hits().stream().skip(offset).forEach(h -> hits.add(hit(h, query)));
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
            Http.json(ex, 200, body);
        });
    }

    /** A code or its Chinese name (合计不一致); an unknown one is a 400 listing the names. */
    private static String findingCode(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        return FindingCodes.defaults().resolve(codeOrName).orElseThrow(() -> ApiError.badRequest(
                "未知的问题类型：" + codeOrName + "。可用：" + String.join("、", FindingCodes.defaults().all().values()) + "。"));
    }

    /** "未识别的指标 X": figure labels that name nothing the reports have, with the labels that do. */
    private String unknownLabels(List<FigureCondition> figures) {
        if (labels == null || figures.isEmpty()) {
            return null;
        }
        return labels.unknownNotice(figures.stream().map(FigureCondition::label).toList()).orElse(null);
    }

    private ObjectNode hit(SearchHit h, SearchQuery query) {
        ObjectNode n = hit(h);
        if (!query.figures().isEmpty()) {
            // The report's own figures, entered as the index enters them: the one a filter matched,
            // with its snippet and page, as printed in the report.
            ArrayNode matched = n.putArray("matched");
            List<FigureCondition> conditions = query.figures().stream()
                    .map(c -> labels == null ? c : c.withCanonicalLabel(labels::canonicalOf)).toList();
            if (results != null && builder != null) {
                results.get(h.sha256()).ifPresent(stored -> {
                    for (org.selfeval.model.Figure f : stored.result().figures() == null
                            ? List.<org.selfeval.model.Figure>of() : stored.result().figures()) {
                        if (matched.size() >= 5) {
                            break;
                        }
                        builder.entries(f).stream().filter(e -> conditions.stream().anyMatch(c -> c.label().equals(e.label())
                                && c.unitMatches(e.unit()) && c.test(e.value()))).findFirst().ifPresent(e ->
                                matched.addObject().put("label", e.label()).put("value", f.value()).put("unit", f.unit())
                                        .put("period", f.period()).put("page", f.page()).put("snippet", f.snippet()));
                    }
                });
            }
        }
        if (results != null && (query.finding() != null || query.severity() != null)) {
            results.get(h.sha256()).ifPresent(stored -> {
                List<org.selfeval.model.Finding> fs = stored.result().findings();
                List<String> ids = FindingIds.all(stored.result());
                for (int i = 0; fs != null && i < fs.size(); i++) {
                    if ((query.finding() == null || query.finding().equals(fs.get(i).code()))
                            && (query.severity() == null || query.severity().equals(fs.get(i).severity().json()))) {
                        n.put("finding", ids.get(i));
                        break;
                    }
                }
            });
        }
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
