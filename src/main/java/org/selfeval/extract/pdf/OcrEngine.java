package org.selfeval.extract.pdf;

import org.selfeval.extract.ExtractOptions.OcrOptions;
import org.selfeval.model.Paragraph;
import org.selfeval.model.TextStyle;
import org.selfeval.structure.NumberingToken;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Recognises a rendered page with the tesseract command-line tool. One engine serves one
 * document: {@link #stop()} kills its running tesseract processes and refuses new ones, so a
 * timed-out document leaves no child process behind.
 */
final class OcrEngine {

    private static final long PAGE_TIMEOUT_S = 120;
    private static final int HEADING_CHARS = 30;
    private static final Map<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();

    private final OcrOptions options;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    OcrEngine(OcrOptions options) {
        this.options = options;
    }

    /** Whether OCR is switched on and the command runs; probed once per command. */
    boolean available() {
        return options.enabled() && AVAILABLE.computeIfAbsent(options.command(), OcrEngine::probe);
    }

    private static boolean probe(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    List<Paragraph> recognise(BufferedImage image, int page) throws IOException {
        Path png = Files.createTempFile("selfeval-ocr-", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            return paragraphs(run(png), page);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    /** Kills the running tesseract processes (and anything they started); later pages are refused. */
    void stop() {
        stopped = true;
        for (Process p : running) {
            kill(p);
        }
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private String run(Path png) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(options.command(), png.toString(), "stdout",
                "-l", options.languages(), "--psm", "3");
        // One thread per tesseract: pages run in parallel processes instead, on a shared machine.
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        if (stopped) {
            throw new InterruptedIOException("OCR stopped");
        }
        Process p = pb.start();
        running.add(p);
        if (stopped) { // stop() ran between the check and the start
            kill(p);
        }
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(PAGE_TIMEOUT_S, TimeUnit.SECONDS) || p.exitValue() != 0) {
                if (stopped) {
                    throw new InterruptedIOException("OCR stopped");
                }
                throw new IOException("tesseract failed on " + png.getFileName());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("OCR interrupted");
        } finally {
            kill(p);
            running.remove(p);
        }
    }

    /**
     * Blank lines separate tesseract's blocks; a numbered line always starts a paragraph, and a
     * short numbered line (a heading: no layout to tell otherwise) is a paragraph of its own.
     */
    static List<Paragraph> paragraphs(String text, int page) {
        List<Paragraph> out = new ArrayList<>();
        String current = "";
        for (String raw : text.split("\\R")) {
            String line = Cjk.removeSpacesBetweenCjk(raw.strip());
            boolean numbered = NumberingToken.parse(line) != null;
            if (line.isEmpty() || numbered) {
                add(out, current, page);
                current = "";
            }
            current = Cjk.join(current, line);
            if (numbered && line.length() <= HEADING_CHARS && !line.matches(".*[，,；;]$")) {
                add(out, current, page);
                current = "";
            }
        }
        add(out, current, page);
        return out;
    }

    private static void add(List<Paragraph> out, String text, int page) {
        String t = text.strip();
        if (!t.isEmpty()) {
            out.add(new Paragraph(t, page, TextStyle.NONE, true, null));
        }
    }
}
