package org.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.main.Main;
import org.apache.commons.io.file.PathUtils;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.config.ServiceSettings;
import org.selfeval.index.bench.Latencies;
import org.selfeval.pipeline.Json;
import org.selfeval.service.ServiceMain;
import org.selfeval.service.ServiceRuntime;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.DocxRenderer;
import org.selfeval.synth.PdfRenderer;
import org.selfeval.synth.SpecRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;

/**
 * {@code selfeval bench-serve}: the service under concurrent uploads. Starts it in this JVM on a
 * free port with a temporary work folder; N clients each upload M generated reports in one
 * multipart request at the same moment; waits until every file is checked. Prints throughput,
 * upload latency and end-to-end per-file latency (upload start → status final), peak heap and RSS.
 * With {@code --instances N} (and an Elasticsearch node: {@code --es-url}, SELFEVAL_ES_URL or
 * index.elasticsearch.url) it starts N {@code serve} processes instead, sharing one store folder and
 * a fresh index prefix; client c uploads to instance c mod N, and the figures are given per instance
 * (files uploaded to it, files it checked, latencies of its uploads, its peak RSS) and overall.
 * The temporary folder is removed at the end unless {@code --keep} is given.
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = "Load benchmark of the service: concurrent multipart uploads of generated reports.")
public final class BenchServeCommand implements Callable<Integer> {

    @Option(names = "--clients", defaultValue = "20") int clients;
    @Option(names = "--files", defaultValue = "10", description = "files per client (one upload request each)") int files;
    @Option(names = "--seed", defaultValue = "31000") long seed;
    @Option(names = "--keep", description = "keep the temporary folder (generated reports, the service's work folder)")
    boolean keep;
    @Option(names = "--instances", defaultValue = "1",
            description = "serve processes on one Elasticsearch node (more than 1, or --es-url: child processes)")
    int instances;
    @Option(names = "--es-url", description = "Elasticsearch node for --instances (default SELFEVAL_ES_URL, index.elasticsearch.url)")
    String esUrl;
    @Option(names = "--instance-heap", defaultValue = "512m", description = "-Xmx of each serve process with --instances")
    String instanceHeap;

    /** The inbox timings of the benchmarked services: files are taken soon after the upload. */
    static final long POLL_DELAY_MS = 200;
    static final long READ_LOCK_MIN_AGE_MS = 300;

    @Override
    public Integer call() throws Exception {
        Path tmp = Files.createTempDirectory("selfeval-bench-serve");
        System.out.println("temporary folder: " + tmp);
        try {
            return bench(tmp);
        } finally {
            if (keep) {
                System.out.println("kept " + tmp);
            } else {
                PathUtils.deleteDirectory(tmp);
            }
        }
    }

    private int bench(Path tmp) throws Exception {
        boolean children = instances > 1 || (esUrl != null && !esUrl.isBlank());
        if (instances < 1 || clients < 1 || files < 1) {
            System.err.println("--instances、--clients、--files 须为正整数。");
            return 2;
        }
        if (children && BenchServeInstances.url(esUrl) == null) {
            System.err.println("多个服务实例须共用一个 Elasticsearch 节点：请给出 --es-url、设置 SELFEVAL_ES_URL，"
                    + "或在 config/selfeval.yaml 中设置 index.elasticsearch.url。");
            return 2;
        }
        int total = clients * files;
        System.out.printf("generating %d reports (docx%s)…%n", total, pdfAvailable() ? " and pdf" : " only");
        List<Path> reports = generate(tmp.resolve("gen"), total);
        if (children) {
            try (BenchServeInstances all = BenchServeInstances.start(instances, esUrl, instanceHeap, tmp)) {
                System.out.printf("%d serve processes (-Xmx%s) on %s, index prefix %s%n", instances, instanceHeap,
                        BenchServeInstances.url(esUrl), all.prefix());
                List<String> bases = all.processes().stream().map(ServeProcess::base).toList();
                return run(bases, all.ids(), reports, () -> {
                }, () -> {
                    for (int i = 0; i < instances; i++) {
                        System.out.printf("  %s: peak RSS %d MiB%n", all.ids().get(i),
                                all.processes().get(i).peakRssKb() >> 10);
                    }
                }, -1);
            }
        }
        SelfEvalConfig config = ConfigLoader.load();
        int port = ServeProcess.freePort();
        ServiceSettings settings = config.service().withWorkDir(tmp.resolve("work")).withBind("127.0.0.1", port)
                .withToken("").withTimings(POLL_DELAY_MS, READ_LOCK_MIN_AGE_MS);
        PeakMemory memory = new PeakMemory();
        try (ServiceRuntime runtime = ServiceRuntime.open(config, settings, ConfigLoader.configDir())) {
            Main main = ServiceMain.create(Path.of(System.getProperty("selfeval.home", ".")), runtime);
            main.start();
            try {
                return run(List.of("http://127.0.0.1:" + port), List.of(""), reports, memory::sample,
                        () -> System.out.printf("peak heap %d MiB (max %d MiB), peak RSS %d MiB%n",
                                memory.peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20,
                                PeakMemory.peakRssKb() >> 10), settings.workers());
            } finally {
                main.stop();
            }
        }
    }

    /**
     * Client c uploads its files to {@code bases[c mod n]} at the same moment as the others, then
     * every batch is polled (via the instance it was uploaded to) until all files are final.
     *
     * @param ids     instance ids as the records name them (one empty id: a single in-process service)
     * @param workers the service's workers, -1 when they are separate processes
     */
    private int run(List<String> bases, List<String> ids, List<Path> reports, Runnable sample, Runnable memoryReport,
                    int workers) throws Exception {
        int n = bases.size();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<List<Long>> uploadNanos = new ArrayList<>();
        List<List<Long>> endToEndNanos = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            uploadNanos.add(Collections.synchronizedList(new ArrayList<>()));
            endToEndNanos.add(new ArrayList<>());
        }
        Map<String, Long> batchStart = new ConcurrentHashMap<>();
        Map<String, Integer> batchTarget = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        List<Future<String>> uploads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Path> mine = reports.subList(c * files, (c + 1) * files);
            int target = c % n;
            uploads.add(pool.submit(() -> {
                byte[] body = multipart(mine, "boundary-" + UUID.randomUUID());
                long start = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(bases.get(target)
                                + "/api/batches")).header("Content-Type", "multipart/form-data; boundary="
                                + boundaryOf(body)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                uploadNanos.get(target).add(System.nanoTime() - start);
                if (r.statusCode() != 202) {
                    throw new IllegalStateException("upload refused: " + r.statusCode() + " " + r.body());
                }
                String batch = Json.MAPPER.readTree(r.body()).path("batch").asText();
                batchStart.put(batch, start);
                batchTarget.put(batch, target);
                return batch;
            }));
        }
        List<String> batches = new ArrayList<>();
        for (Future<String> f : uploads) {
            batches.add(f.get());
        }
        pool.shutdown();
        Map<String, String> finished = new ConcurrentHashMap<>();
        int failed = 0;
        int total = clients * files;
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (finished.size() < total && System.nanoTime() < deadline) {
            sample.run();
            for (String batch : batches) {
                int target = batchTarget.get(batch);
                JsonNode b = Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(bases.get(target)
                        + "/api/batches/" + batch)).build(), HttpResponse.BodyHandlers.ofString()).body());
                for (JsonNode f : b.path("files")) {
                    String st = f.path("status").asText();
                    if ((st.equals("ok") || st.equals("failed"))
                            && finished.putIfAbsent(batch + f.path("id"), f.path("instance").asText()) == null) {
                        endToEndNanos.get(target).add(System.nanoTime() - batchStart.get(batch));
                        failed += st.equals("failed") ? 1 : 0;
                    }
                }
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        sample.run();
        System.out.printf("%d clients × %d files = %d reports, %s, %d cores%n", clients, files, total,
                workers >= 0 ? workers + " workers" : n + " serve processes",
                Runtime.getRuntime().availableProcessors());
        System.out.printf("processed %d (failed %d) in %.1f s: %.2f reports/s%n", finished.size(), failed, seconds,
                finished.size() / seconds);
        List<Long> allUploads = new ArrayList<>();
        List<Long> allEndToEnd = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            allUploads.addAll(uploadNanos.get(i));
            allEndToEnd.addAll(endToEndNanos.get(i));
        }
        printLatencies("", allUploads, allEndToEnd);
        if (n > 1) {
            for (int i = 0; i < n; i++) {
                String id = ids.get(i);
                long checked = finished.values().stream().filter(id::equals).count();
                System.out.printf("%s: uploaded to it %d, checked by it %d (%.2f reports/s)%n", id,
                        endToEndNanos.get(i).size(), checked, checked / seconds);
                printLatencies("  ", uploadNanos.get(i), endToEndNanos.get(i));
            }
        }
        memoryReport.run();
        return finished.size() == total ? 0 : 1;
    }

    private void printLatencies(String indent, List<Long> uploadNanos, List<Long> endToEndNanos) {
        Latencies upload = latencies(uploadNanos);
        Latencies endToEnd = latencies(endToEndNanos);
        System.out.printf("%supload latency (one request of %d files): p50 %.0f ms, p95 %.0f ms%n", indent, files,
                upload.p50(), upload.p95());
        System.out.printf("%send-to-end per file (upload start → checked): p50 %.1f s, p95 %.1f s%n", indent,
                endToEnd.p50() / 1000, endToEnd.p95() / 1000);
    }

    private static String boundaryOf(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
        return head.substring(2, head.indexOf("\r\n"));
    }

    private static byte[] multipart(List<Path> files, String boundary) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Path p : files) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + p.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(Files.readAllBytes(p));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Latencies latencies(List<Long> nanos) {
        synchronized (nanos) {
            return Latencies.of(nanos.stream().mapToLong(Long::longValue).toArray());
        }
    }

    private static boolean pdfAvailable() {
        try (PdfRenderer r = PdfRenderer.withSystemFont()) {
            return r != null;
        } catch (Exception e) {
            return false;
        }
    }

    private long seedFor() {
        return seed;
    }

    private List<Path> generate(Path dir, int count) throws Exception {
        List<SpecRenderer> renderers = new ArrayList<>();
        renderers.add(new DocxRenderer());
        PdfRenderer pdf = null;
        if (pdfAvailable()) {
            renderers.add(pdf = PdfRenderer.withSystemFont());
        }
        try {
            return new CorpusGenerator(renderers).generate(dir, count, seedFor());
        } finally {
            if (pdf != null) {
                pdf.close();
            }
        }
    }

    /** Heap after the pools' peaks, sampled while the benchmark waits; RSS high-water mark from /proc. */
    private static final class PeakMemory {
        long peakHeap;

        void sample() {
            long heap = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heap += pool.getPeakUsage().getUsed();
                }
            }
            peakHeap = Math.max(peakHeap, heap);
        }

        static long peakRssKb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (Exception e) {
                // not Linux
            }
            return -1;
        }
    }
}
