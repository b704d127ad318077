package org.selfeval.profile;

import org.selfeval.model.Heading;
import org.selfeval.model.ReportDocument;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All loaded profiles, and the automatic choice of one for a document. */
public final class ProfileRegistry {

    private final List<RuleProfile> profiles;

    public ProfileRegistry(List<RuleProfile> profiles) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("no rule profiles");
        }
        this.profiles = List.copyOf(profiles);
    }

    public static ProfileRegistry load(Path rulesDir) {
        return new ProfileRegistry(ProfileLoader.loadDir(rulesDir.resolve("profiles")));
    }

    public List<RuleProfile> all() {
        return profiles;
    }

    public Optional<RuleProfile> byId(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The profile that fits best: title match weighs most, then headings that match its detect
     * list and its required parts. Ties go to the default profile of the kind; legacy profiles
     * win only with a strictly better fit.
     */
    public RuleProfile select(ReportDocument doc, String title) {
        List<Heading> headings = doc.headings().toList();
        return profiles.stream()
                .max(Comparator.comparingDouble((RuleProfile p) -> score(p, title, headings))
                        .thenComparing(p -> !p.legacy())
                        .thenComparing(RuleProfile::defaultForKind))
                .orElseThrow();
    }

    static double score(RuleProfile p, String title, List<Heading> headings) {
        double s = 0;
        if (title != null && p.detect().title().matcher(title).find()) {
            s += 3;
        }
        for (var re : p.detect().headings()) {
            if (headings.stream().anyMatch(h -> re.matcher(h.title()).find())) {
                s += 1;
            }
        }
        long matched = p.bodyParts().stream()
                .filter(part -> headings.stream().anyMatch(h -> part.pattern().matcher(h.title()).find()))
                .count();
        s += p.bodyParts().isEmpty() ? 0 : 2.0 * matched / p.bodyParts().size();
        return s;
    }
}
