package org.selfeval.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.config.ConfigException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The profiles' rules: block (T13 keywords, T14 grade statements, B7 template dashes) is read and checked. */
class ProfileRulesLoadingTest {

    private static final Path DEFAULT = Path.of("config/rules/profiles/hn-yy-dept-2020.yaml");

    @Test
    void defaultProfile_readsTheRubricReadings() {
        RuleProfile.Rules r = ProfileLoader.load(DEFAULT).rules();
        assertTrue(r.budgetAdjustment().explainKeywords().containsAll(java.util.List.of("追加", "调减", "减少预算")));
        assertEquals("优", r.gradeStatement().aliases().get("优秀"));
        assertTrue(r.templateDashes().stream().anyMatch(d -> d.row().matcher("政府采购金额").find()));
    }

    @Test
    void gradePatternWithoutGroup_isRefused(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(DEFAULT, StandardCharsets.UTF_8).replace("(?<g>", "(");
        Path f = dir.resolve("p.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> ProfileLoader.load(f));
        assertTrue(e.getMessage().contains("grade_statement"), e.getMessage());
    }

    @Test
    void aliasToUnknownGrade_andBadDashColumn_areRefused(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(DEFAULT, StandardCharsets.UTF_8).replace("优秀: 优", "优秀: 甲")
                .replace("{row: \"政府采购\", columns: [0]}", "{row: \"政府采购\", columns: [3]}");
        Path f = dir.resolve("p.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> ProfileLoader.load(f));
        assertTrue(e.getMessage().contains("aliases") && e.getMessage().contains("template_dashes"), e.getMessage());
    }

    @Test
    void budgetAdjustmentWithoutContextWords_namesTheKey(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(DEFAULT, StandardCharsets.UTF_8).replaceAll("(?m)^\\s*context_words:.*$", "");
        Path f = dir.resolve("p.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> ProfileLoader.load(f));
        assertTrue(e.getMessage().contains("rules.budget_adjustment needs explain_keywords and context_words"),
                e.getMessage());
    }
}
