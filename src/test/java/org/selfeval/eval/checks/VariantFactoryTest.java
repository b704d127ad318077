package org.selfeval.eval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.profile.ProfileRegistry;
import org.selfeval.profile.RuleProfile;
import org.selfeval.synth.ProfileReport;
import org.selfeval.synth.ProfileReportGenerator;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VariantFactoryTest {

    private static final ProfileRegistry PROFILES = ProfileRegistry.load(Path.of("config/rules"));
    private final ProfileReportGenerator generator = new ProfileReportGenerator();
    private final VariantFactory factory = new VariantFactory(PROFILES);

    private static final Map<VariantKind, String> CODE = Map.ofEntries(
            Map.entry(VariantKind.SUM_INCOME, "SUM_MISMATCH"), Map.entry(VariantKind.SUM_THREE_PUBLIC, "SUM_MISMATCH"),
            Map.entry(VariantKind.SUM_PROSE_PERSONNEL, "SUM_MISMATCH"),
            Map.entry(VariantKind.SUM_PROJECT_FUNDING, "SUM_MISMATCH"),
            Map.entry(VariantKind.RATIO_EXECUTION, "RATIO_MISMATCH"), Map.entry(VariantKind.RATIO_SHARE, "RATIO_MISMATCH"),
            Map.entry(VariantKind.DIFF_THREE_PUBLIC, "DIFF_MISMATCH"),
            Map.entry(VariantKind.TEXT_TABLE_TOTAL, "TEXT_TABLE_MISMATCH"),
            Map.entry(VariantKind.CONFLICTING_WAGES, "CONFLICTING_VALUES"),
            Map.entry(VariantKind.SCORE_OVER_WEIGHT, "SCORE_MISMATCH"), Map.entry(VariantKind.SCORE_TOTAL, "SCORE_MISMATCH"),
            Map.entry(VariantKind.WEIGHT_OFF, "WEIGHT_MISMATCH"),
            Map.entry(VariantKind.DEVIATION_UNEXPLAINED, "DEVIATION_UNEXPLAINED"),
            Map.entry(VariantKind.YEAR_TABLE, "YEAR_MISMATCH"),
            Map.entry(VariantKind.BUDGET_ADJUSTMENT_UNEXPLAINED, "DEVIATION_UNEXPLAINED"),
            Map.entry(VariantKind.GRADE_OFF_BAND, "GRADE_MISMATCH"),
            Map.entry(VariantKind.TEMPLATE_DASH_FILLED, "TEMPLATE_CELL_FILLED"));

    @Test
    void everyInjectionForItsProfile_changesTheSpecAndExpectsItsCode() {
        for (String profile : ProfileReportGenerator.PROFILES) {
            for (VariantKind kind : LabelledCorpus.cycle(profile)) {
                String code = CODE.get(kind);
                if (code == null) {
                    continue;
                }
                for (long seed = 1; seed <= 5; seed++) {
                    ProfileReport clean = generator.generate(profile, "t", seed);
                    Optional<VariantFactory.Variant> v = factory.make(kind, clean, new Random(seed));
                    assertTrue(v.isPresent(), profile + " " + kind + " seed " + seed);
                    assertNotEquals(clean.spec(), v.get().report().spec(), kind + " changed nothing");
                    assertTrue(v.get().gold().findings().stream().anyMatch(e -> e.code().equals(code)), kind.toString());
                    assertFalse(v.get().gold().clean());
                    assertTrue(v.get().gold().missing().isEmpty());
                }
            }
        }
    }

    @Test
    void unexplainedAdjustment_leavesNoExplainingWordsInTheProse() {
        for (String profile : ProfileReportGenerator.PROFILES) {
            ProfileReport clean = generator.generate(profile, "t", 11);
            assertTrue(RuleInjections.explainsAdjustment(clean.spec()), profile);
            VariantFactory.Variant v = factory.make(VariantKind.BUDGET_ADJUSTMENT_UNEXPLAINED, clean, new Random(11)).orElseThrow();
            for (var s : v.report().spec().flattenedSections()) {
                for (String p : s.paragraphs()) {
                    assertFalse(p.contains("追加") || p.contains("调减") || p.contains("调项") || p.contains("调整"), p);
                }
            }
        }
    }

    @Test
    void cleanDepartmentReport_isCompleteWithNoMissingParts() {
        VariantFactory.Variant v = factory.make(VariantKind.CLEAN, generator.generate("hn-yy-dept-2020", "t", 3),
                new Random(3)).orElseThrow();
        assertTrue(v.gold().clean());
        assertTrue(v.gold().missing().isEmpty());
        assertEquals(15.0, v.gold().completeness().total());
        assertTrue(v.gold().findings().stream().allMatch(e -> e.rule().equals("T2")), "only the T2 convention");
    }

    @Test
    void removedSection_isExpectedMissingWithReducedScore() {
        ProfileReport clean = generator.generate("hn-proj-transfer", "t", 7);
        VariantFactory.Variant v = factory.make(VariantKind.MISSING_SECTION, clean, new Random(1)).orElseThrow();
        int removed = clean.spec().sections().size() - v.report().spec().sections().size();
        assertEquals(removed, v.gold().missing().size());
        assertEquals(8.0 - 2 * removed, v.gold().completeness().body());
    }

    @Test
    void removedAttachment_isExpectedMissing() {
        VariantFactory.Variant v = factory.make(VariantKind.MISSING_ATTACHMENT,
                generator.generate("hn-yy-dept-2020", "t", 5), new Random(2)).orElseThrow();
        assertEquals(1, v.gold().missing().size());
        assertEquals("attachment", v.gold().missing().get(0).kind());
        assertEquals(5.0, v.gold().completeness().attachments());
    }

    @Test
    void headingAliases_matchOnlyTheirOwnPart() {
        HeadingAliases.BY_PROFILE.forEach((profileId, aliases) -> {
            RuleProfile p = PROFILES.byId(profileId).orElseThrow();
            aliases.forEach((part, alias) -> {
                for (RuleProfile.Part x : p.bodyParts()) {
                    boolean hit = x.pattern().matcher(alias).find();
                    assertEquals(x.id().equals(part), hit, profileId + " alias " + alias + " vs " + x.id());
                }
            });
        });
    }
}
