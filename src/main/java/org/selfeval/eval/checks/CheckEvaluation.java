package org.selfeval.eval.checks;

import org.selfeval.engine.ReportResult;
import org.selfeval.model.Finding;
import org.selfeval.pipeline.BatchRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs the checker on every labelled file (in parallel, bounded) and scores it against the gold
 * the GROBID way: per finding code support / TP / FP / FN / P / R / F1, plus missing parts,
 * completeness, profile choice and false alarms on clean documents.
 */
public final class CheckEvaluation {

    private final Function<Path, ReportResult> analyser;
    private final int threads;

    public CheckEvaluation(Function<Path, ReportResult> analyser, int threads) {
        this.analyser = analyser;
        this.threads = Math.max(1, threads);
    }

    public EvaluationResult run(List<LabelledCorpus.Case> cases, java.util.function.IntConsumer progress) {
        long start = System.nanoTime();
        List<FileScore> scores = new ArrayList<>();
        // A crash in the engine is a failed file (null result), not a failed evaluation.
        BatchRunner<ReportResult> runner = new BatchRunner<>(threads, analyser, (file, error) -> null);
        runner.run(cases.stream().map(LabelledCorpus.Case::file).toList(), (i, result) -> {
            scores.add(FileScore.of(cases.get(i).gold(), result));
            progress.accept(i + 1);
        });
        return summarise(scores, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Scores folders checked as a whole (as {@code check DIR} does, so cross-year findings between a
     * folder's reports count): {@code checkFolder} returns each result by file name.
     */
    public static EvaluationResult runFolders(List<FolderCorpus.Folder> folders,
                                              Function<Path, Map<String, ReportResult>> checkFolder) {
        long start = System.nanoTime();
        List<FileScore> scores = new ArrayList<>();
        for (FolderCorpus.Folder folder : folders) {
            Map<String, ReportResult> results = checkFolder.apply(folder.dir());
            for (LabelledCorpus.Case c : folder.cases()) {
                scores.add(FileScore.of(c.gold(), results.get(c.file().getFileName().toString())));
            }
        }
        return summarise(scores, (System.nanoTime() - start) / 1e9);
    }

    static EvaluationResult summarise(List<FileScore> scores, double seconds) {
        Map<String, int[]> perCode = new TreeMap<>();
        int[] missingAll = new int[3];
        int[] missingSec = new int[3];
        int[] missingAtt = new int[3];
        int failed = 0;
        int exact = 0;
        int profileRight = 0;
        int cleanFiles = 0;
        int cleanWithFp = 0;
        Map<String, Integer> cleanFp = new TreeMap<>();
        Map<String, int[]> profiles = new TreeMap<>();
        Map<String, int[]> variants = new TreeMap<>();
        List<EvaluationResult.Miss> misses = new ArrayList<>();
        for (FileScore s : scores) {
            Gold g = s.gold();
            int[] prof = profiles.computeIfAbsent(g.profile(), k -> new int[3]);
            tally(variants.computeIfAbsent(g.variant(), k -> new int[3]), s.truePositives().size(),
                    s.falsePositives().size(), s.falseNegatives().size());
            if (s.failed()) {
                failed++;
                misses.add(new EvaluationResult.Miss(g.file(), g.variant(), "FAILED", null, null, null, "analysis failed"));
            }
            s.truePositives().forEach(e -> counts(perCode, e.code())[0]++);
            for (Gold.Expected e : s.falseNegatives()) {
                counts(perCode, e.code())[2]++;
                misses.add(new EvaluationResult.Miss(g.file(), g.variant(), "FN", e.code(), e.rule(),
                        e.severity().json(), e.note()));
            }
            for (Finding f : s.falsePositives()) {
                counts(perCode, f.code())[1]++;
                misses.add(new EvaluationResult.Miss(g.file(), g.variant(), "FP", f.code(), f.rule(),
                        f.severity().json(), f.message()));
            }
            tally(missingAll, s.missingTp().size(), s.missingFp().size(), s.missingFn().size());
            tally(missingSec, count(s.missingTp(), "section"), count(s.missingFp(), "section"), count(s.missingFn(), "section"));
            tally(missingAtt, count(s.missingTp(), "attachment"), count(s.missingFp(), "attachment"),
                    count(s.missingFn(), "attachment"));
            s.missingFn().forEach(m -> misses.add(new EvaluationResult.Miss(g.file(), g.variant(), "MISSING_FN", null,
                    null, null, m.kind() + ": " + m.canonical())));
            s.missingFp().forEach(m -> misses.add(new EvaluationResult.Miss(g.file(), g.variant(), "MISSING_FP", null,
                    null, null, m.kind() + ": " + m.canonical())));
            if (s.completenessExact()) {
                exact++;
            } else if (!s.failed()) {
                misses.add(new EvaluationResult.Miss(g.file(), g.variant(), "COMPLETENESS", null, null, null,
                        "expected " + g.completeness() + ", got " + s.reportedCompleteness()));
            }
            if (s.profileRight()) {
                profileRight++;
                prof[0]++;
            } else {
                prof[2]++;
                if (s.reportedProfile() != null) {
                    profiles.computeIfAbsent(s.reportedProfile(), k -> new int[3])[1]++;
                    misses.add(new EvaluationResult.Miss(g.file(), g.variant(), "PROFILE", null, null, null,
                            "expected " + g.profile() + ", got " + s.reportedProfile()));
                }
            }
            if (g.clean() && !s.failed()) {
                cleanFiles++;
                if (!s.falsePositives().isEmpty()) {
                    cleanWithFp++;
                }
                s.falsePositives().forEach(f -> cleanFp.merge(f.code(), 1, Integer::sum));
            }
        }
        Map<String, Prf> codes = new TreeMap<>();
        int[] all = new int[3];
        perCode.forEach((code, c) -> {
            codes.put(code, Prf.of(c[0], c[1], c[2]));
            tally(all, c[0], c[1], c[2]);
        });
        Map<String, Prf> profileScores = new TreeMap<>();
        profiles.forEach((p, c) -> profileScores.put(p, Prf.of(c[0], c[1], c[2])));
        Map<String, Prf> variantScores = new TreeMap<>();
        variants.forEach((v, c) -> variantScores.put(v, Prf.of(c[0], c[1], c[2])));
        int n = scores.size();
        return new EvaluationResult(n, failed, seconds, codes, Prf.of(all[0], all[1], all[2]),
                Prf.of(missingAll[0], missingAll[1], missingAll[2]), Prf.of(missingSec[0], missingSec[1], missingSec[2]),
                Prf.of(missingAtt[0], missingAtt[1], missingAtt[2]), exact, n == 0 ? 0 : (double) exact / n,
                profileRight, n == 0 ? 0 : (double) profileRight / n, profileScores, cleanFiles, cleanWithFp, cleanFp,
                misses, variantScores);
    }

    private static int[] counts(Map<String, int[]> perCode, String code) {
        return perCode.computeIfAbsent(code, k -> new int[3]);
    }

    private static void tally(int[] c, int tp, int fp, int fn) {
        c[0] += tp;
        c[1] += fp;
        c[2] += fn;
    }

    private static int count(java.util.Set<Gold.MissingPart> parts, String kind) {
        return (int) parts.stream().filter(m -> m.kind().equals(kind)).count();
    }
}
