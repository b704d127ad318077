package org.selfeval.eval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.profile.ProfileRegistry;
import org.selfeval.synth.Phrasings;
import org.selfeval.synth.ProfileReport;
import org.selfeval.synth.ProfileReportGenerator;
import org.selfeval.synth.SectionSpec;
import org.selfeval.synth.TableSpec;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WideningTest {

    private static final ProfileRegistry PROFILES = ProfileRegistry.load(Path.of("config/rules"));
    private final ProfileReportGenerator generator = new ProfileReportGenerator();
    private final VariantFactory factory = new VariantFactory(PROFILES);

    private static final Map<VariantKind, String> CODE = Map.of(
            VariantKind.WIDE_STATED_CHANGE, "DIFF_MISMATCH", VariantKind.WIDE_BALANCE, "DIFF_MISMATCH",
            VariantKind.WIDE_PROSE_RATE, "RATIO_MISMATCH", VariantKind.WIDE_LIST_PART, "SUM_MISMATCH",
            VariantKind.WIDE_YUAN_TABLE_PART, "SUM_MISMATCH", VariantKind.WIDE_FORM_LINK, "TEXT_TABLE_MISMATCH");

    @Test
    void chineseNumerals_readLikeAmountsInReports() {
        assertEquals("一百二十万零三百点五", org.selfeval.synth.ChineseNumerals.of(new BigDecimal("1200300.50")));
        assertEquals("十五", org.selfeval.synth.ChineseNumerals.of(new BigDecimal("15")));
        assertEquals("三千零六点零八", org.selfeval.synth.ChineseNumerals.of(new BigDecimal("3006.08")));
        assertEquals("零", org.selfeval.synth.ChineseNumerals.of(BigDecimal.ZERO));
    }

    @Test
    void thousands_groupsOnlyLargeMoneyBeforeWanYuan() {
        assertEquals("全年支出12,345.6万元，2023年，人员999.5万元", Widening.thousands("全年支出12345.6万元，2023年，人员999.5万元"));
        assertEquals("合计1,000,000万元", Widening.thousands("合计1000000万元"));
    }

    @Test
    void yuan_groupsThousandsAndKeepsCents() {
        assertEquals("1,234,500", YuanTables.yuan(new BigDecimal("1234500.00")));
        assertEquals("8,000.5", YuanTables.yuan(new BigDecimal("8000.50")));
        assertEquals(new BigDecimal("1234500.5"), YuanTables.amount(" 1,234,500.5 "));
        assertEquals(null, YuanTables.amount("——"));
    }

    @Test
    void phrasings_stateTheDerivedNumberOnceAndRight() {
        Random rnd = new Random(3);
        for (int i = 0; i < 40; i++) {
            BigDecimal a = BigDecimal.valueOf(100 + rnd.nextInt(90000), 2);
            BigDecimal b = BigDecimal.valueOf(100 + rnd.nextInt(90000), 2);
            for (Phrasings.Stated s : List.of(Phrasings.yearChange(rnd, "项目支出", a, b), Phrasings.budgetChange(rnd, a, b),
                    Phrasings.balance(rnd, a.max(b), a.min(b)))) {
                assertEquals(s.text().indexOf(s.derived()), s.text().lastIndexOf(s.derived()), s.text());
                assertTrue(s.text().contains(s.derived()), s.text());
            }
            assertEquals(0, Phrasings.yearChange(rnd, "x", a, b).value().compareTo(a.subtract(b).abs()));
        }
        List<Phrasings.Part> parts = List.of(new Phrasings.Part("当年财政拨款", new BigDecimal("80.5")),
                new Phrasings.Part("其他资金", new BigDecimal("19.5")));
        Phrasings.Stated partial = Phrasings.sources(new Random(1), parts, new BigDecimal("100"), true);
        assertTrue(partial.text().contains("等"), partial.text());
        assertFalse(partial.text().contains("其他资金"), partial.text());
    }

    @Test
    void widening_isDeterministicAndKeepsTheReportClean() {
        for (String profile : ProfileReportGenerator.PROFILES) {
            for (long seed = 1; seed <= 6; seed++) {
                ProfileReport clean = generator.generate(profile, "t", seed);
                VariantFactory.Variant a = factory.make(VariantKind.WIDE_CLEAN, clean, new Random(seed)).orElseThrow();
                VariantFactory.Variant b = factory.make(VariantKind.WIDE_CLEAN, clean, new Random(seed)).orElseThrow();
                assertEquals(a.report().spec(), b.report().spec());
                assertTrue(a.gold().clean());
                assertTrue(a.gold().missing().isEmpty(), profile + " " + a.gold().missing());
            }
        }
    }

    @Test
    void yuanTables_convertTheMoneyBlockAndSayTheUnit() {
        ProfileReport clean = generator.generate("hn-yy-dept-2020", "t", 4);
        TableSpec before = clean.spec().table(TableSpec.Kind.BASIC_DATA);
        TableSpec after = YuanTables.convert(clean.spec(), true).table(TableSpec.Kind.BASIC_DATA);
        BigDecimal[] was = YuanTables.rowAmounts(before, "三公经费");
        BigDecimal[] now = YuanTables.rowAmounts(after, "三公经费");
        assertEquals(0, was[2].multiply(BigDecimal.valueOf(10_000)).compareTo(now[2]));
        assertTrue(YuanTables.inYuan(after));
        assertFalse(YuanTables.inYuan(before));
        TableSpec captioned = YuanTables.convert(clean.spec(), false).table(TableSpec.Kind.BASIC_DATA);
        assertEquals(List.of("单位：元"), captioned.captionLines());
        assertEquals(before.title(), captioned.titleLine());
    }

    @Test
    void departmentFirst_putsTheUnitBeforeTheYear() {
        ProfileReport clean = generator.generate("hn-yy-dept-2020", "t", 2);
        String title = Widening.departmentFirst(clean.spec()).title();
        String name = clean.spec().department().fullName();
        assertEquals(name + clean.spec().year() + "年度部门整体支出绩效自评报告", title);
    }

    @Test
    void partList_isAParagraphNamingEveryTopLevelTitle() {
        ProfileReport clean = generator.generate("hn-proj-unit", "t", 2);
        SectionSpec first = Widening.withPartList(clean.spec(), new Random(1)).sections().get(0);
        for (SectionSpec s : clean.spec().sections()) {
            assertTrue(first.paragraphs().get(0).contains(s.title()), s.title());
        }
    }

    @Test
    void everyWideInjection_expectsItsCodeWithTheNumbersInvolved() {
        for (String profile : ProfileReportGenerator.PROFILES) {
            for (VariantKind kind : LabelledCorpus.cycle(profile)) {
                String code = CODE.get(kind);
                if (code == null) {
                    continue;
                }
                int applied = 0;
                for (long seed = 1; seed <= 8; seed++) {
                    ProfileReport clean = generator.generate(profile, "t", seed);
                    Optional<VariantFactory.Variant> v = factory.make(kind, clean, new Random(seed));
                    if (v.isEmpty()) {
                        continue;
                    }
                    applied++;
                    Gold.Expected e = v.get().gold().findings().stream().filter(x -> x.code().equals(code))
                            .findFirst().orElse(null);
                    assertNotNull(e, profile + " " + kind);
                    assertTrue(e.values().size() >= 2, e.toString());
                    VariantFactory.Variant wideClean = factory.make(VariantKind.WIDE_CLEAN, clean, new Random(seed)).orElseThrow();
                    assertNotEquals(wideClean.report().spec(), v.get().report().spec(), kind + " changed nothing");
                    assertFalse(v.get().gold().clean());
                }
                assertTrue(applied >= 4, profile + " " + kind + " applied " + applied + "/8");
            }
        }
    }

    @Test
    void quotes_needsTwoOfTheGoldNumbers() {
        Gold.Expected e = new Gold.Expected("DIFF_MISMATCH", null, Severity.WARNING, "n", List.of(1.5, 3.25, 2.0));
        Finding two = finding(1.5, 3.25);
        Finding one = finding(1.5, 9.0);
        assertTrue(FileScore.quotes(e, two));
        assertFalse(FileScore.quotes(e, one));
        assertTrue(FileScore.quotes(new Gold.Expected("X", null, Severity.WARNING, "n"), one));
    }

    private static Finding finding(double... values) {
        List<Finding.Value> vs = java.util.Arrays.stream(values)
                .mapToObj(v -> new Finding.Value("x", v, "万元", "prose", 1, "")).toList();
        return new Finding("DIFF_MISMATCH", Severity.WARNING, "X9", "m", vs, null, null);
    }
}
