package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.selfeval.index.FigureCondition;
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

    /** @param maxWindow most of offset + limit (service.http.max_result_window) */
    public SearchApi(ReportIndex index, QueryLimits limits, int maxWindow) {
        this.index = index;
        this.limits = limits;
        this.maxWindow = maxWindow;
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
                    Http.param(ex, "finding"), Http.param(ex, "severity"), figures,
                    Boolean.parseBoolean(Http.param(ex, "allVersions")), offset + limit);
            SearchResult result;
            try {
                result = index.search(query);
            } catch (IndexUnavailableException e) {
                throw new ApiError(503, "UNAVAILABLE", e.getMessage());
            }
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("total", result.total());
            ArrayNode hits = body.putArray("hits");
            result.hits().stream().skip(offset).forEach(h -> hits.add(hit(h)));
            ObjectNode facets = body.putObject("facets");
            for (String name : SearchResult.FACETS) {
                ArrayNode list = facets.putArray(name);
                result.facets().getOrDefault(name, Map.of()).entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                                .thenComparing(Map.Entry.comparingByKey()))
                        .forEach(e -> list.addObject().put("value", e.getKey()).put("count", e.getValue()));
            }
            Http.json(ex, 200, body);
        });
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
