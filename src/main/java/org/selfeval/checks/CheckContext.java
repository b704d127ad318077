package org.selfeval.checks;

import org.selfeval.model.Figure;
import org.selfeval.model.ReportDocument;
import org.selfeval.profile.RuleProfile;
import org.selfeval.sections.SectionReport;
import org.selfeval.structure.ReportIdentity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Everything a check may look at for one report. Structures several checks need (for example
 * the parsed 自评表) are computed once through {@link #derive}, so checks stay independent
 * without parsing the same table again.
 */
public final class CheckContext {

    private final ReportDocument document;
    private final ReportIdentity identity;
    private final RuleProfile profile;
    private final SectionReport sections;
    private final List<Figure> figures;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    public CheckContext(ReportDocument document, ReportIdentity identity, RuleProfile profile,
                        SectionReport sections, List<Figure> figures) {
        this.document = document;
        this.identity = identity;
        this.profile = profile;
        this.sections = sections;
        this.figures = List.copyOf(figures);
    }

    public ReportDocument document() {
        return document;
    }

    public ReportIdentity identity() {
        return identity;
    }

    public RuleProfile profile() {
        return profile;
    }

    public SectionReport sections() {
        return sections;
    }

    public List<Figure> figures() {
        return figures;
    }

    public RuleProfile.Tolerances tolerances() {
        return profile.tolerances();
    }

    /**
     * A value computed from this context once and shared by every check that asks with the same
     * key (use the computing function's owner class or a constant as the key).
     */
    @SuppressWarnings("unchecked")
    public <T> T derive(Object key, Function<CheckContext, T> compute) {
        Object v = derived.get(key);
        if (v == null) {
            v = compute.apply(this);
            derived.put(key, v);
        }
        return (T) v;
    }
}
