package org.selfeval.synth;

import java.util.List;
import java.util.Locale;

/**
 * Benchmark outcome: throughput of full extraction vs plain Tika, per format and overall.
 *
 * @param peakHeapBytes sum of heap pools' peak usage during the timed phase
 * @param gcCount       collections during the timed phase
 */
public record BenchReport(int files, int repeat, int warmup, List<Row> rows, long peakHeapBytes,
                          long maxHeapBytes, long gcCount) {

    /**
     * @param ratio the pipeline's time divided by plain Tika's time on the same files (the
     *              targets are stated this way: ≤ 1.5× for extraction, ≤ 2× for the whole check)
     */
    public record Row(String format, int docs, double fullSeconds, double fullDocsPerSecond, int fullFailures,
                      double tikaSeconds, double tikaDocsPerSecond, int tikaFailures, double ratio) {

        static Row of(String format, ExtractionBenchmark.Tally full, ExtractionBenchmark.Tally tika) {
            double fs = full.nanos / 1e9;
            double ts = tika.nanos / 1e9;
            double frate = fs > 0 ? full.docs / fs : 0;
            double trate = ts > 0 ? tika.docs / ts : 0;
            return new Row(format, full.docs, fs, frate, full.failures, ts, trate, tika.failures,
                    ts > 0 ? fs / ts : 0);
        }
    }

    public String table() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "files=%d repeat=%d warmup=%d%n", files, repeat, warmup));
        s.append(String.format(Locale.ROOT, "%-6s %6s %12s %10s %12s %10s %10s%n",
                "format", "docs", "ours doc/s", "ours fail", "tika doc/s", "tika fail", "time×tika"));
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "%-6s %6d %12.2f %10d %12.2f %10d %10.3f%n", r.format(), r.docs(),
                    r.fullDocsPerSecond(), r.fullFailures(), r.tikaDocsPerSecond(), r.tikaFailures(), r.ratio()));
        }
        s.append(String.format(Locale.ROOT, "peak heap %.1f MiB of max %.1f MiB, GC collections %d%n",
                peakHeapBytes / 1048576.0, maxHeapBytes / 1048576.0, gcCount));
        return s.toString();
    }
}
