package org.selfeval.checks;

import org.selfeval.model.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/** Runs every check on a report. A check that crashes is logged and skipped; the others still run. */
public final class Checker {

    private static final Logger LOG = LoggerFactory.getLogger(Checker.class);

    private final List<Check> checks;

    public Checker(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public List<Check> checks() {
        return checks;
    }

    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Check check : checks) {
            try {
                out.addAll(check.run(ctx));
            } catch (RuntimeException e) {
                LOG.warn("check {} failed on {}: {}", check.id(), ctx.document().metadata().file(), e.toString());
            }
        }
        return out;
    }
}
