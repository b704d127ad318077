package org.selfeval.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Turns a Word file into PDF with LibreOffice ({@code soffice --headless --convert-to pdf}), each
 * run with its own throw-away user profile (LibreOffice refuses a profile that another instance
 * holds) and a time limit after which the process tree is killed.
 */
final class OfficeConverter {

    private final String command;
    private final long timeoutMillis;

    OfficeConverter(RenderOptions options) {
        this.command = options.sofficeCommand();
        this.timeoutMillis = options.conversionTimeout().toMillis();
    }

    /** True when the configured command can be run here. */
    boolean available() {
        return resolve(command) != null;
    }

    /**
     * Converts {@code source} (a .docx or .doc, told by {@code extension}) into {@code target}.
     *
     * @throws IOException with a Chinese message when LibreOffice fails or runs out of time
     */
    void convert(Path source, String extension, Path target) throws IOException {
        Path exe = resolve(command);
        if (exe == null) {
            throw new IOException("未安装 LibreOffice（找不到 " + command + "）");
        }
        Path work = Files.createTempDirectory("selfeval-soffice-");
        try {
            Path input = work.resolve("report." + extension);
            Files.copy(source, input);
            Path profile = work.resolve("profile");
            Path out = work.resolve("out");
            Files.createDirectories(out);
            ProcessBuilder pb = new ProcessBuilder(exe.toString(), "--headless", "--norestore", "--nolockcheck",
                    "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir", out.toString(),
                    input.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("soffice.log").toFile());
            pb.environment().put("HOME", work.toString());
            Process p = pb.start();
            boolean finished;
            try {
                finished = p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                finished = false;
            }
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IOException("LibreOffice 转换超时（超过 " + timeoutMillis / 1000 + " 秒）");
            }
            Path pdf = out.resolve("report.pdf");
            if (p.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new IOException("LibreOffice 未能把 Word 文件转换为 PDF（退出码 " + p.exitValue() + "）");
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "convert-", ".tmp");
            Files.copy(pdf, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(work);
        }
    }

    static Path resolve(String command) {
        if (command.contains(File.separator)) {
            Path p = Path.of(command);
            return Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a leftover temporary folder is harmless
        }
    }
}
