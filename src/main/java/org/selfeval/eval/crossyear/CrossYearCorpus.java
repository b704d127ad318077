package org.selfeval.eval.crossyear;

import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.FamilyGenerator;
import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.SpecRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Rendered department × year families with labelled cross-year mismatches. Every fourth family
 * is clean; the others get one injection (COLUMN, PROSE, TARGET in turn) in one later year.
 * Every other clean family also has a superseded, wrong first version of its first year.
 */
public final class CrossYearCorpus {

    /**
     * @param family   family number; members of a family share a department
     * @param version  0 for a superseded version indexed before version 1 of the same year
     */
    public record Member(Path file, int family, int year, int version, boolean clean) {
    }

    public record Corpus(List<Member> members, List<CrossYearGold> gold, int cleanFamilies, int injectedFamilies) {
        public Corpus {
            members = List.copyOf(members);
            gold = List.copyOf(gold);
        }
    }

    private CrossYearCorpus() {
    }

    public static Corpus generate(Path dir, int families, int years, long seed, List<SpecRenderer> renderers)
            throws IOException {
        if (years < 2) {
            throw new IllegalArgumentException("a family needs at least two years");
        }
        Files.createDirectories(dir);
        FamilyGenerator generator = new FamilyGenerator();
        CrossYearInjector injector = new CrossYearInjector();
        List<Member> members = new ArrayList<>();
        List<CrossYearGold> gold = new ArrayList<>();
        int clean = 0;
        int injected = 0;
        for (int i = 0; i < families; i++) {
            Random rnd = new Random(seed * 7919 + i);
            SpecRenderer renderer = renderers.get(i % renderers.size());
            List<ReportSpec> specs = new ArrayList<>(generator.family(String.format("fam%04d", i), i, seed + i,
                    2019 + i % 3, years));
            boolean isClean = i % 4 == 0;
            if (isClean) {
                clean++;
                if (i % 8 == 0) {
                    ReportSpec wrong = injector.misstatedActual(specs.get(0), rnd).withId(specs.get(0).id() + "-v0");
                    members.add(new Member(write(wrong, renderer, dir), i, wrong.year(), 0, true));
                }
            } else {
                CrossYearInjector.Kind kind = CrossYearInjector.Kind.values()[(i - i / 4 - 1) % 3];
                int k = 1 + rnd.nextInt(years - 1);
                String file = specs.get(k).id() + "." + renderer.format();
                Optional<CrossYearInjector.Injected> inj = injector.inject(kind, specs.get(k - 1), specs.get(k), file, rnd);
                if (inj.isPresent()) {
                    specs.set(k, inj.get().spec());
                    gold.add(inj.get().gold());
                    injected++;
                }
            }
            for (ReportSpec spec : specs) {
                members.add(new Member(write(spec, renderer, dir), i, spec.year(), 1, isClean));
            }
        }
        return new Corpus(members, gold, clean, injected);
    }

    private static Path write(ReportSpec spec, SpecRenderer renderer, Path dir) throws IOException {
        return CorpusGenerator.write(spec, renderer, dir);
    }
}
