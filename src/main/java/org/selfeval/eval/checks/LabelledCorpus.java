package org.selfeval.eval.checks;

import org.selfeval.extract.Hashing;
import org.selfeval.pipeline.Json;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.ProfileReport;
import org.selfeval.synth.ProfileReportGenerator;
import org.selfeval.synth.SpecRenderer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes and reads the labelled corpus: each document with {@code <file>.truth.json} (extraction
 * truth) and {@code <file>.gold.json} (checker truth), plus MANIFEST.tsv (file, sha256, format,
 * profile, variant). Document i is reproducible from (seed, i): half the documents are 部门整体
 * hn-yy-dept-2020, the rest spread over the other profiles; formats alternate within each profile.
 */
public final class LabelledCorpus {

    public static final String MANIFEST = "MANIFEST.tsv";

    /** One labelled file. */
    public record Case(Path file, Gold gold) {
    }

    private static final String[] PROFILE_SLOTS = {"hn-yy-dept-2020", "hn-yy-dept-2020", "hn-yy-dept-2020",
            "hn-yy-dept-2020", "hn-proj-transfer", "hn-proj-unit", "cn-eval-ref", "yy-dept-2018"};

    private static final Set<VariantKind> DEPT_ONLY = EnumSet.of(VariantKind.SUM_INCOME, VariantKind.SUM_THREE_PUBLIC,
            VariantKind.SUM_PROSE_PERSONNEL, VariantKind.RATIO_SHARE, VariantKind.DIFF_THREE_PUBLIC,
            VariantKind.CONFLICTING_WAGES, VariantKind.TEMPLATE_DASH_FILLED);

    /** Kinds about the 项目 table and the project prose (balance, source/use lists, prose rate). */
    private static final Set<VariantKind> PROJECT_ONLY = EnumSet.of(VariantKind.SUM_PROJECT_FUNDING,
            VariantKind.WIDE_BALANCE, VariantKind.WIDE_PROSE_RATE, VariantKind.WIDE_LIST_PART,
            VariantKind.WIDE_FORM_LINK);

    private final ProfileReportGenerator generator = new ProfileReportGenerator();
    private final VariantFactory variants;

    public LabelledCorpus(VariantFactory variants) {
        this.variants = variants;
    }

    /** The variant kinds tried in turn for a profile; CLEAN twice so clean documents are common. */
    static List<VariantKind> cycle(String profileId) {
        List<VariantKind> out = new ArrayList<>();
        out.add(VariantKind.CLEAN);
        if (profileId.equals("yy-dept-2018")) {
            out.add(VariantKind.MISSING_SECTION);
            out.add(VariantKind.RENAMED_HEADINGS);
            out.add(VariantKind.WIDE_CLEAN);
            return out;
        }
        for (VariantKind k : VariantKind.values()) {
            boolean dept = profileId.equals("hn-yy-dept-2020");
            if (k == VariantKind.CLEAN || (!dept && DEPT_ONLY.contains(k)) || (dept && PROJECT_ONLY.contains(k))) {
                continue;
            }
            out.add(k);
            if (k == VariantKind.WIDE_CLEAN) {
                out.add(VariantKind.WIDE_CLEAN);
            }
            if (k == VariantKind.MISSING_ATTACHMENT) {
                out.add(VariantKind.CLEAN);
            }
        }
        return out;
    }

    public List<Case> generate(Path dir, int count, long seed, List<SpecRenderer> renderers,
                               java.util.function.IntConsumer progress) throws IOException {
        Files.createDirectories(dir);
        Map<String, Integer> turn = new HashMap<>();
        List<Case> cases = new ArrayList<>();
        StringBuilder manifest = new StringBuilder("file\tsha256\tformat\tprofile\tvariant\n");
        for (int i = 0; i < count; i++) {
            String profileId = PROFILE_SLOTS[i % PROFILE_SLOTS.length];
            SpecRenderer renderer = renderers.get((i + i / PROFILE_SLOTS.length) % renderers.size());
            List<VariantKind> kinds = cycle(profileId);
            int k = turn.merge(profileId, 1, Integer::sum) - 1;
            VariantKind kind = kinds.get(k % kinds.size());
            ProfileReport clean = generator.generate(profileId, String.format("check-%05d", i), seed + i);
            Random rnd = new Random(seed * 31 + i);
            VariantFactory.Variant v = variants.make(kind, clean, rnd)
                    .orElseGet(() -> variants.make(VariantKind.CLEAN, clean, rnd).orElseThrow());
            Path file = CorpusGenerator.write(v.report().spec(), renderer, dir);
            String name = file.getFileName().toString();
            Gold gold = v.gold().withFile(name, renderer.format());
            Files.writeString(dir.resolve(name + ".gold.json"), Json.pretty(gold), StandardCharsets.UTF_8);
            manifest.append(name).append('\t').append(Hashing.sha256(Files.readAllBytes(file))).append('\t')
                    .append(renderer.format()).append('\t').append(profileId).append('\t').append(gold.variant()).append('\n');
            cases.add(new Case(file, gold));
            progress.accept(i + 1);
        }
        Files.writeString(dir.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        return cases;
    }

    /** The cases listed in DIR/MANIFEST.tsv, with their gold files. */
    public static List<Case> read(Path dir) throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve(MANIFEST), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String name = line.split("\t")[0];
            Gold gold = Json.MAPPER.readValue(dir.resolve(name + ".gold.json").toFile(), Gold.class);
            cases.add(new Case(dir.resolve(name), gold));
        }
        return cases;
    }
}
