package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.pipeline.Json;

import java.util.Map;
import java.util.Set;

/**
 * What a head of department reads of a batch: how many reports, how many failed, how many have
 * errors or missing parts, and how far the review has got. Made from the batch's kept counts
 * ({@link BatchCounts}), the decisions made per report and the superseded reports, never from the
 * file records or the full results, so a poll stays cheap for large batches.
 */
final class BatchTotals {

    private BatchTotals() {
    }

    /**
     * @param reviewed   decisions made on the findings of a report, by sha256 (absent: none)
     * @param superseded reports a newer version (same department, year, kind) replaced in the index
     */
    static ObjectNode of(BatchCounts counts, Map<String, Long> reviewed, Set<String> superseded) {
        long done = 0, older = 0;
        for (Map.Entry<String, Long> e : counts.reviewable().entrySet()) {
            String sha = BatchCounts.sha(e.getKey());
            done += e.getValue() * Math.min(BatchCounts.findings(e.getKey()), reviewed.getOrDefault(sha, 0L));
            older += superseded.contains(sha) ? e.getValue() : 0;
        }
        long ok = counts.get(FileRecord.OK);
        long failed = counts.get(FileRecord.FAILED);
        long findings = counts.get("findings");
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("reports", counts.get("total"));
        n.put("ok", ok);
        n.put("failed", failed);
        n.put("pending", counts.get("total") - ok - failed);
        n.put("withErrors", counts.get("withErrors"));
        n.put("errors", counts.get("errors"));
        n.put("warnings", counts.get("warnings"));
        n.put("withMissing", counts.get("withMissing"));
        n.put("missingParts", counts.get("missingParts"));
        n.put("findings", findings);
        n.put("reviewed", done);
        n.put("unreviewed", findings - done);
        n.put("duplicates", counts.get("duplicates"));
        n.put("ocr", counts.get("ocr"));
        n.put("superseded", older);
        return n;
    }
}
