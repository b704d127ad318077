package org.selfeval.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.selfeval.config.ConfigException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Reads profile YAML files into {@link RuleProfile}s, checking as it goes: regexes compile,
 * ids are unique, weights add up to 100, tolerances are positive. All problems of a file are
 * reported together.
 */
public final class ProfileLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    // The YAML shape, before compilation.
    record PartYaml(String id, String title, String re, Boolean allowNone) {
    }

    record DetectYaml(String title, List<String> headings) {
    }

    record AttachmentsYaml(List<PartYaml> required, List<PartYaml> conditional) {
    }

    record ProfileYaml(String id, String name, String kind, Boolean defaultForKind, Boolean legacy,
                       DetectYaml detect, List<PartYaml> bodyParts, AttachmentsYaml attachments,
                       RuleProfile.Scoring scoring, RuleProfile.Tolerances tolerances, RulesYaml rules) {
    }

    record RulesYaml(BudgetAdjustmentYaml budgetAdjustment, GradeYaml gradeStatement,
                     List<TemplateDashYaml> templateDashes) {
    }

    /** As written; checked before it becomes a {@link RuleProfile.BudgetAdjustment} (which needs both lists). */
    record BudgetAdjustmentYaml(List<String> explainKeywords, List<String> contextWords) {
    }

    record GradeYaml(List<String> patterns, Map<String, String> aliases) {
    }

    record TemplateDashYaml(String row, List<Integer> columns) {
    }

    private ProfileLoader() {
    }

    public static List<RuleProfile> loadDir(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException("规则目录不存在: " + dir.toAbsolutePath());
        }
        List<RuleProfile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(load(f));
            }
        } catch (IOException e) {
            throw new ConfigException("无法读取规则目录 " + dir + ": " + e.getMessage(), e);
        }
        List<String> ids = out.stream().map(RuleProfile::id).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw new ConfigException("规则配置 id 重复: " + ids);
        }
        return out;
    }

    public static RuleProfile load(Path file) {
        ProfileYaml y;
        try {
            y = YAML.readValue(file.toFile(), ProfileYaml.class);
        } catch (IOException e) {
            throw new ConfigException("规则配置有误 " + file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        List<String> problems = new ArrayList<>();
        require(problems, y.id(), "id");
        require(problems, y.kind(), "kind");
        require(problems, y.detect(), "detect");
        require(problems, y.bodyParts(), "body_parts");
        require(problems, y.attachments(), "attachments");
        require(problems, y.scoring(), "scoring");
        require(problems, y.tolerances(), "tolerances");
        require(problems, y.rules(), "rules");
        if (!problems.isEmpty()) {
            throw new ConfigException("规则配置有误 " + file + ": " + String.join("; ", problems));
        }
        RuleProfile.Detect detect = new RuleProfile.Detect(compile(problems, "detect.title", y.detect().title()),
                y.detect().headings() == null ? List.of()
                        : y.detect().headings().stream().map(h -> compile(problems, "detect.headings", h)).toList());
        List<RuleProfile.Part> body = parts(problems, "body_parts", y.bodyParts());
        RuleProfile.Attachments att = new RuleProfile.Attachments(
                parts(problems, "attachments.required", y.attachments().required()),
                parts(problems, "attachments.conditional", y.attachments().conditional()));
        Map<String, Double> w = y.scoring().weights();
        double sum = w.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 100) > 1e-6) {
            problems.add("scoring.weights add up to " + sum + ", not 100");
        }
        for (String key : List.of("产出", "效益", "满意度", "执行率")) {
            if (!w.containsKey(key)) {
                problems.add("scoring.weights lacks " + key);
            }
        }
        if (!List.of("linear", "integer_floor", "banded_hn_legacy").contains(y.scoring().execScoreRule())) {
            problems.add("scoring.exec_score_rule must be linear, integer_floor or banded_hn_legacy");
        }
        if (!List.of("linear_to_zero_at_2x", "ratio").contains(y.scoring().reverseRule())) {
            problems.add("scoring.reverse_rule must be linear_to_zero_at_2x or ratio");
        }
        if (!List.of("error", "warning", "info").contains(y.scoring().execScoreSeverity())) {
            problems.add("scoring.exec_score_severity must be error, warning or info");
        }
        RuleProfile.Rules rules = rules(problems, y.rules(), y.scoring());
        RuleProfile.Tolerances t = y.tolerances();
        if (t.money() <= 0 || t.pctPp() <= 0 || t.scoreSum() <= 0 || t.scoreFormula() <= 0
                || t.moneyRounding() < t.money()) {
            problems.add("tolerances must be positive and money_rounding ≥ money");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException("规则配置有误 " + file + ": " + String.join("; ", problems));
        }
        return new RuleProfile(y.id(), y.name() == null ? y.id() : y.name(), y.kind(),
                Boolean.TRUE.equals(y.defaultForKind()), Boolean.TRUE.equals(y.legacy()), detect, body, att,
                y.scoring(), t, rules);
    }

    private static RuleProfile.Rules rules(List<String> problems, RulesYaml r, RuleProfile.Scoring scoring) {
        BudgetAdjustmentYaml a = r.budgetAdjustment();
        RuleProfile.BudgetAdjustment adj;
        if (a == null || a.explainKeywords() == null || a.explainKeywords().isEmpty() || a.contextWords() == null) {
            problems.add("rules.budget_adjustment needs explain_keywords and context_words");
            adj = new RuleProfile.BudgetAdjustment(List.of(), List.of());
        } else {
            adj = new RuleProfile.BudgetAdjustment(a.explainKeywords(), a.contextWords());
        }
        GradeYaml g = r.gradeStatement();
        List<Pattern> patterns = new ArrayList<>();
        Map<String, String> aliases = g == null || g.aliases() == null ? Map.of() : g.aliases();
        if (g == null || g.patterns() == null || g.patterns().isEmpty()) {
            problems.add("rules.grade_statement needs patterns");
        } else {
            for (String re : g.patterns()) {
                Pattern p = compile(problems, "rules.grade_statement.patterns", re);
                if (!re.contains("(?<g>")) {
                    problems.add("rules.grade_statement.patterns: " + re + " has no group (?<g>…)");
                }
                patterns.add(p);
            }
        }
        List<String> grades = scoring.grades() == null ? List.of()
                : scoring.grades().stream().map(RuleProfile.Grade::grade).toList();
        aliases.forEach((word, grade) -> {
            if (!grades.contains(grade)) {
                problems.add("rules.grade_statement.aliases: " + word + " → " + grade + " is not a grade of scoring.grades");
            }
        });
        List<RuleProfile.TemplateDash> dashes = new ArrayList<>();
        for (TemplateDashYaml d : r.templateDashes() == null ? List.<TemplateDashYaml>of() : r.templateDashes()) {
            if (d.row() == null || d.columns() == null || d.columns().stream().anyMatch(c -> c == null || c < 0 || c > 2)) {
                problems.add("rules.template_dashes: every entry needs row and columns among 0, 1, 2");
                continue;
            }
            dashes.add(new RuleProfile.TemplateDash(compile(problems, "rules.template_dashes", d.row()), d.columns()));
        }
        return new RuleProfile.Rules(adj, new RuleProfile.GradeStatement(patterns, aliases), dashes);
    }

    private static List<RuleProfile.Part> parts(List<String> problems, String where, List<PartYaml> in) {
        if (in == null) {
            return List.of();
        }
        List<RuleProfile.Part> out = new ArrayList<>();
        for (PartYaml p : in) {
            if (p.id() == null || p.title() == null || p.re() == null) {
                problems.add(where + ": every part needs id, title and re");
                continue;
            }
            out.add(new RuleProfile.Part(p.id(), p.title(), compile(problems, where + "." + p.id(), p.re()),
                    Boolean.TRUE.equals(p.allowNone())));
        }
        return out;
    }

    private static Pattern compile(List<String> problems, String where, String re) {
        try {
            return Pattern.compile(re == null ? "(?!)" : re);
        } catch (PatternSyntaxException e) {
            problems.add(where + ": bad regex " + re + " (" + e.getDescription() + ")");
            return Pattern.compile("(?!)");
        }
    }

    private static void require(List<String> problems, Object value, String key) {
        if (value == null) {
            problems.add("missing " + key);
        }
    }
}
