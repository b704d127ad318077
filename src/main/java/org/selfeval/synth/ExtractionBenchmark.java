package org.selfeval.synth;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.pipeline.DocumentReader;

import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Times a pipeline (full extraction, or the whole check) against plain Tika text extraction on the same files in
 * the same JVM. The two alternate per file and swap order every other file, so JIT and cache
 * effects favour neither.
 */
public final class ExtractionBenchmark {

    private final Predicate<Path> pipeline;
    private final AutoDetectParser tika = new AutoDetectParser();

    /** Benchmarks extraction (the document model) against plain Tika. */
    public ExtractionBenchmark(DocumentReader reader, ExtractOptions options) {
        this(file -> reader.read(file, options).isOk());
    }

    /**
     * Benchmarks any per-file pipeline (e.g. the whole check) against plain Tika.
     *
     * @param pipeline processes one file and says whether it succeeded
     */
    public ExtractionBenchmark(Predicate<Path> pipeline) {
        this.pipeline = pipeline;
    }

    public BenchReport run(List<Path> files, int warmup, int repeat) {
        for (int i = 0; i < Math.min(warmup, files.size()); i++) {
            full(files.get(i));
            plain(files.get(i));
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcBefore = gcCount();
        Map<String, Tally> fullBy = new LinkedHashMap<>();
        Map<String, Tally> plainBy = new LinkedHashMap<>();
        int step = 0;
        for (int round = 0; round < repeat; round++) {
            for (Path file : files) {
                String format = formatOf(file);
                Tally f = fullBy.computeIfAbsent(format, k -> new Tally());
                Tally p = plainBy.computeIfAbsent(format, k -> new Tally());
                if (step++ % 2 == 0) {
                    f.add(full(file));
                    p.add(plain(file));
                } else {
                    p.add(plain(file));
                    f.add(full(file));
                }
            }
        }
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        List<BenchReport.Row> rows = new ArrayList<>();
        for (String format : fullBy.keySet()) {
            rows.add(BenchReport.Row.of(format, fullBy.get(format), plainBy.get(format)));
        }
        rows.add(BenchReport.Row.of("all", Tally.sum(fullBy.values()), Tally.sum(plainBy.values())));
        return new BenchReport(files.size(), repeat, warmup, rows, peakHeap,
                Runtime.getRuntime().maxMemory(), gcCount() - gcBefore);
    }

    private Sample full(Path file) {
        long t0 = System.nanoTime();
        boolean ok;
        try {
            ok = pipeline.test(file);
        } catch (RuntimeException e) {
            ok = false;
        }
        return new Sample(System.nanoTime() - t0, ok);
    }

    private Sample plain(Path file) {
        long t0 = System.nanoTime();
        boolean ok;
        try (InputStream in = Files.newInputStream(file)) {
            BodyContentHandler handler = new BodyContentHandler(-1);
            tika.parse(in, handler, new Metadata(), new ParseContext());
            ok = !handler.toString().isBlank();
        } catch (Exception e) {
            ok = false;
        }
        return new Sample(System.nanoTime() - t0, ok);
    }

    static String formatOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "?" : name.substring(dot + 1).toLowerCase();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(c -> c > 0).sum();
    }

    record Sample(long nanos, boolean ok) {
    }

    /** Running totals for one (method, format) pair. */
    static final class Tally {
        long nanos;
        int docs;
        int failures;

        void add(Sample s) {
            nanos += s.nanos();
            docs++;
            failures += s.ok() ? 0 : 1;
        }

        static Tally sum(Iterable<Tally> parts) {
            Tally t = new Tally();
            for (Tally p : parts) {
                t.nanos += p.nanos;
                t.docs += p.docs;
                t.failures += p.failures;
            }
            return t;
        }
    }
}
