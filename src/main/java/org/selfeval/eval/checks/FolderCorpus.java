package org.selfeval.eval.checks;

import org.selfeval.eval.crossyear.CrossYearInjector;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.Json;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.FamilyGenerator;
import org.selfeval.synth.ProfileReportGenerator;
import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.SpecRenderer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Folders of one department's reports over several years (a batch as a finance bureau receives
 * it), for {@code check} over a folder: every other family carries one cross-year mismatch in a
 * later year (its (Y-1)年决算数 column ≠ last year's 决算数), the others are clean. Gold per file as
 * in {@link LabelledCorpus}; deterministic per seed.
 */
public final class FolderCorpus {

    /** One folder and its labelled members in year order. */
    public record Folder(Path dir, List<LabelledCorpus.Case> cases) {
    }

    private final VariantFactory variants;

    public FolderCorpus(VariantFactory variants) {
        this.variants = variants;
    }

    public List<Folder> generate(Path root, int families, int years, long seed, List<SpecRenderer> renderers)
            throws IOException {
        FamilyGenerator generator = new FamilyGenerator();
        CrossYearInjector injector = new CrossYearInjector();
        List<Folder> out = new ArrayList<>();
        for (int i = 0; i < families; i++) {
            Path dir = root.resolve(String.format("years-%02d", i));
            Files.createDirectories(dir);
            Random rnd = new Random(seed * 104_729 + i);
            SpecRenderer renderer = renderers.get(i % renderers.size());
            // Family numbers far from eval-cross-year's so the departments differ from its corpus.
            List<ReportSpec> specs = new ArrayList<>(generator.family(String.format("dept%02d", i), 500 + i, seed + i,
                    2019 + i % 3, years));
            int injectedYear = -1;
            Gold.Expected expected = null;
            if (i % 2 == 1) {
                int k = 1 + rnd.nextInt(years - 1);
                String file = specs.get(k).id() + "." + renderer.format();
                Optional<CrossYearInjector.Injected> inj = injector.inject(CrossYearInjector.Kind.COLUMN,
                        specs.get(k - 1), specs.get(k), file, rnd);
                if (inj.isPresent()) {
                    specs.set(k, inj.get().spec());
                    injectedYear = k;
                    expected = new Gold.Expected("CROSS_YEAR_MISMATCH", null, Severity.WARNING, inj.get().gold().detail());
                }
            }
            List<LabelledCorpus.Case> cases = new ArrayList<>();
            for (int k = 0; k < specs.size(); k++) {
                VariantFactory.Variant clean = variants.make(VariantKind.CLEAN,
                        ProfileReportGenerator.department(specs.get(k)), rnd).orElseThrow();
                Gold g = clean.gold();
                List<Gold.Expected> findings = new ArrayList<>(g.findings());
                boolean hit = k == injectedYear;
                if (hit) {
                    findings.add(expected);
                }
                Path file = CorpusGenerator.write(specs.get(k), renderer, dir);
                List<Gold.Allowed> allowed = new ArrayList<>(g.allowed());
                if (hit) {
                    // One (Y-1) cell changed: its column's own sum (B2/B4) legitimately breaks too.
                    allowed.add(new Gold.Allowed("SUM_MISMATCH", null, Severity.ERROR));
                }
                Gold gold = new Gold(file.getFileName().toString(), renderer.format(),
                        hit ? "folder-cross-year" : "folder-clean", g.profile(), !hit, findings, allowed,
                        g.missing(), g.completeness());
                Files.writeString(dir.resolve(gold.file() + ".gold.json"), Json.pretty(gold), StandardCharsets.UTF_8);
                cases.add(new LabelledCorpus.Case(file, gold));
            }
            out.add(new Folder(dir, cases));
        }
        return out;
    }
}
