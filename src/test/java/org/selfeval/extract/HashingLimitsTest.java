package org.selfeval.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.pipeline.DocumentReader;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Hashing and reading a file come after the gate and the size check: an oversized file is refused
 * from its size without being read (a 16 GiB sparse file would take seconds to read), a FIFO or a
 * link is refused from its attributes, and neither hangs.
 */
class HashingLimitsTest {

    private static final long LIMIT = 1 << 20;
    private static final Duration FAST = Duration.ofSeconds(2);

    @TempDir
    Path tmp;

    @Test
    void oversizedFile_isTooLargeFromItsSize_withoutReadingIt() throws IOException {
        Path huge = sparse(tmp.resolve("huge.pdf"), 16L << 30);
        ExtractionException e = assertTimeoutPreemptively(FAST, () -> assertThrows(ExtractionException.class,
                () -> Hashing.sha256(huge, LIMIT, Duration.ofSeconds(30))));
        assertEquals(FailureCode.TOO_LARGE, e.code());

        ExtractOptions small = new ExtractOptions(LIMIT, 10, Duration.ofSeconds(30),
                ExtractOptions.OcrOptions.defaults().disabled());
        ExtractResult r = assertTimeoutPreemptively(FAST, () -> DocumentReader.standard().read(huge, small));
        assertEquals(FailureCode.TOO_LARGE, r.failure().code());
    }

    @Test
    void linkAndFifo_areRefusedAsIo_beforeAnyRead() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.docx"), "secret", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(tmp.resolve("link.docx"), secret);
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> Hashing.sha256(link, LIMIT, Duration.ofSeconds(5)));
        assertEquals(FailureCode.IO, e.code());
        assertTrue(e.failure().message().contains("符号链接"), e.failure().message());

        Path fifo = tmp.resolve("pipe.pdf");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        ExtractionException f = assertTimeoutPreemptively(FAST, () -> assertThrows(ExtractionException.class,
                () -> Hashing.sha256(fifo, LIMIT, Duration.ofSeconds(5))));
        assertEquals(FailureCode.IO, f.code());
    }

    @Test
    void regularFile_hashesLikeItsBytes() throws Exception {
        byte[] bytes = "自评报告".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Path p = Files.write(tmp.resolve("r.docx"), bytes);
        assertEquals(Hashing.sha256(bytes), Hashing.sha256(p, LIMIT, Duration.ofSeconds(5)));
        assertEquals(FailureCode.TOO_LARGE, assertThrows(ExtractionException.class,
                () -> Hashing.sha256(p, bytes.length - 1, Duration.ofSeconds(5))).code());
    }

    private static Path sparse(Path p, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
        return p;
    }
}
