package org.selfeval.cli;

import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.figures.FigureLabels;
import org.selfeval.index.FigureCondition;
import org.selfeval.report.FindingCodes;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexUnavailableException;
import org.selfeval.index.QueryLimits;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.ReportIndexes;
import org.selfeval.index.SearchHit;
import org.selfeval.index.SearchQuery;
import org.selfeval.index.SearchResult;
import org.selfeval.pipeline.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code selfeval search QUERY}: finds indexed reports; json prints one contract line per hit. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the indexed reports.")
public final class SearchCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to find (optional with filters)")
    List<String> words = new ArrayList<>();

    @Option(names = "--year") Integer year;
    @Option(names = "--department", description = "Exact department name") String department;
    @Option(names = "--region", description = "Exact region, e.g. 君山区") String region;
    @Option(names = "--kind", description = "Report kind, e.g. 部门整体 or 项目") String kind;
    @Option(names = "--finding", paramLabel = "CODE", description = "Has a finding with this code") String finding;
    @Option(names = "--severity", description = "Has a finding of this severity (error, warning, info)") String severity;
    @Option(names = "--figure", paramLabel = "EXPR", description = "Figure condition, e.g. 预算执行率<90% or 三公经费>1万元; repeatable")
    List<String> figures = new ArrayList<>();
    @Option(names = "--all-versions", description = "Also show versions superseded by a newer one") boolean allVersions;
    @Option(names = "--limit", defaultValue = "20") int limit;
    @Option(names = "--format", defaultValue = "text", description = "text or json (one line per hit)") Format format;

    @Mixin
    DataOption data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<FigureCondition> conditions = new ArrayList<>();
        for (String f : figures) {
            try {
                conditions.add(FigureCondition.parse(f));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--figure: " + e.getMessage());
            }
        }
        // A code (SUM_MISMATCH) or its Chinese name (合计不一致).
        String code = null;
        if (finding != null && !finding.isBlank()) {
            code = FindingCodes.defaults().resolve(finding).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "--finding: " + FindingCodes.defaults().unknown(finding)));
        }
        SearchQuery query = new SearchQuery(String.join(" ", words), year, department, region, kind, code, severity,
                conditions, allVersions, limit);
        SelfEvalConfig config = ConfigLoader.load();
        SearchResult result;
        try {
            QueryLimits.of(config.index()).check(query.text());
            try (ReportIndex index = ReportIndexes.open(config, data.value(), IndexAnalysis.standard())) {
                result = index.search(query);
            }
        } catch (QueryLimits.QueryTooLongException | IndexUnavailableException e) {
            // A user's problem or an absent node: the message, no stack trace.
            new PrintStream(System.err, true, StandardCharsets.UTF_8).println("selfeval search: " + e.getMessage());
            return 2;
        }
        if (result.total() == 0 && !conditions.isEmpty()) {
            FigureLabels.load(ConfigLoader.configDir())
                    .unknownNotice(conditions.stream().map(FigureCondition::label).toList())
                    .ifPresent(n -> new PrintStream(System.err, true, StandardCharsets.UTF_8).println("selfeval search: " + n));
        }
        if (format == Format.json) {
            result.hits().forEach(h -> out.println(Json.line(h)));
        } else {
            print(result, out);
        }
        return 0;
    }

    private static void print(SearchResult result, PrintStream out) {
        out.printf("共 %d 份报告%n", result.total());
        int n = 1;
        for (SearchHit h : result.hits()) {
            out.printf("%d. %s（%s，%s，%s）  %.2f%n   %s%n", n++, h.title(), h.department(), h.year(), h.kind(),
                    h.score(), h.file());
            h.snippets().forEach(s -> out.println("   " + s.replace("<em>", "【").replace("</em>", "】")));
        }
        for (String name : SearchResult.FACETS) {
            Map<String, Long> counts = result.facets().getOrDefault(name, Map.of());
            if (!counts.isEmpty()) {
                Long other = result.facetsOther().get(name);
                out.println(name + ": " + counts + (other == null ? "" : "，其他取值共 " + other));
            }
        }
    }
}
