package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.pipeline.Json;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * What a head of department reads of a batch: how many reports, how many failed, how many have
 * errors or missing parts, and how far the review has got. Counted from the file records and the
 * reviewers' decisions, never from the full results, so it stays cheap for large batches.
 */
final class BatchTotals {

    private BatchTotals() {
    }

    /**
     * @param reviewed   decisions made on the findings of a report, by sha256
     * @param superseded whether a newer version of the report (same department, year, kind) was indexed
     */
    static ObjectNode of(List<FileRecord> files, ToLongFunction<String> reviewed,
                         java.util.function.Predicate<String> superseded) {
        long ok = 0, failed = 0, pending = 0, withErrors = 0, errors = 0, warnings = 0, withMissing = 0,
                missing = 0, findings = 0, done = 0, duplicates = 0, ocr = 0, older = 0;
        for (FileRecord f : files) {
            if (FileRecord.OK.equals(f.status())) {
                ok++;
                errors += value(f.errors());
                warnings += value(f.warnings());
                withErrors += value(f.errors()) > 0 ? 1 : 0;
                missing += value(f.missing());
                withMissing += value(f.missing()) > 0 ? 1 : 0;
                findings += value(f.findings());
                done += Math.min(value(f.findings()), f.sha256() == null ? 0 : reviewed.applyAsLong(f.sha256()));
                ocr += Boolean.TRUE.equals(f.ocr()) ? 1 : 0;
                older += f.sha256() != null && superseded.test(f.sha256()) ? 1 : 0;
            } else if (FileRecord.FAILED.equals(f.status())) {
                failed++;
            } else {
                pending++;
            }
            duplicates += f.duplicateOf() != null ? 1 : 0;
        }
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("reports", files.size());
        n.put("ok", ok);
        n.put("failed", failed);
        n.put("pending", pending);
        n.put("withErrors", withErrors);
        n.put("errors", errors);
        n.put("warnings", warnings);
        n.put("withMissing", withMissing);
        n.put("missingParts", missing);
        n.put("findings", findings);
        n.put("reviewed", done);
        n.put("unreviewed", findings - done);
        n.put("duplicates", duplicates);
        n.put("ocr", ocr);
        n.put("superseded", older);
        return n;
    }

    private static long value(Long v) {
        return v == null ? 0 : v;
    }
}
