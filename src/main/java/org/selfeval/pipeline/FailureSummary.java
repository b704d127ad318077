package org.selfeval.pipeline;

import org.selfeval.extract.ExtractResult;

import java.util.Map;
import java.util.TreeMap;

/** Counts of a batch's outcomes: documents read, and failures by contract code. */
public final class FailureSummary {

    private int ok;
    private int ocr;
    private final Map<String, Integer> failures = new TreeMap<>();

    public synchronized void add(ExtractResult r) {
        if (r.isOk()) {
            ok++;
            if (r.document().metadata().ocr()) {
                ocr++;
            }
        } else {
            failures.merge(r.failure().code().name(), 1, Integer::sum);
        }
    }

    public synchronized int failed() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("共 %d 个文件：成功 %d（其中OCR %d），失败 %d%n", ok + failed(), ok, ocr, failed()));
        failures.forEach((code, n) -> sb.append(String.format("  %-16s %d%n", code, n)));
        return sb.toString();
    }
}
