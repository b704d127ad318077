package org.selfeval.profile;

import org.selfeval.model.Block;
import org.selfeval.model.Heading;
import org.selfeval.model.ReportDocument;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All loaded profiles, and the automatic choice of one for a document. */
public final class ProfileRegistry {

    private final List<RuleProfile> profiles;
    private final PartMatcher partMatcher;

    public ProfileRegistry(List<RuleProfile> profiles) {
        this(profiles, new PartMatcher(OutlineMatchRules.patternsOnly()));
    }

    public ProfileRegistry(List<RuleProfile> profiles, PartMatcher partMatcher) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("no rule profiles");
        }
        this.profiles = List.copyOf(profiles);
        this.partMatcher = partMatcher;
    }

    public static ProfileRegistry load(Path rulesDir) {
        return new ProfileRegistry(ProfileLoader.loadDir(rulesDir.resolve("profiles")),
                new PartMatcher(OutlineMatchRules.load(rulesDir)));
    }

    public List<RuleProfile> all() {
        return profiles;
    }

    /** How headings are matched to parts under these profiles' settings. */
    public PartMatcher partMatcher() {
        return partMatcher;
    }

    public Optional<RuleProfile> byId(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The profile that fits best: the title, headings that match its detect list, and above all how
     * well the whole top-level outline fits its required parts (two project outlines share the
     * title words, so the first alias that matches must not decide). Ties go to the default profile
     * of the kind; legacy profiles win only with a strictly better fit.
     */
    public RuleProfile select(ReportDocument doc, String title) {
        List<Heading> headings = doc.headings().toList();
        List<Block> blocks = doc.blocks();
        int bodyEnd = PartMatcher.bodyEnd(blocks);
        // Each profile is scored once (a comparator would score it again at every comparison).
        java.util.Map<RuleProfile, Double> scores = new java.util.IdentityHashMap<>();
        for (RuleProfile p : profiles) {
            scores.put(p, score(p, title, headings, blocks, bodyEnd));
        }
        return profiles.stream()
                .max(Comparator.comparingDouble((RuleProfile p) -> scores.get(p))
                        .thenComparing(p -> !p.legacy())
                        .thenComparing(RuleProfile::defaultForKind))
                .orElseThrow();
    }

    double score(RuleProfile p, String title, List<Heading> headings, List<Block> blocks, int bodyEnd) {
        OutlineMatchRules r = partMatcher.rules();
        double s = 0;
        if (title != null && p.detect().title().matcher(title).find()) {
            s += r.titleWeight();
        }
        for (var re : p.detect().headings()) {
            if (headings.stream().anyMatch(h -> re.matcher(h.title()).find())) {
                s += r.detectWeight();
            }
        }
        return s + r.fitWeight() * partMatcher.fit(blocks, bodyEnd, p);
    }
}
