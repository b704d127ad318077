package org.selfeval.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Same spec → same file bytes: no clock in the package times, core properties or PDF file ID. */
class SameBytesTest {

    @Test
    void docxRenderedTwiceAtDifferentTimes_isByteIdentical(@TempDir Path dir) throws Exception {
        ReportSpec spec = new ReportGenerator().generate("same", 11);
        Path a = dir.resolve("a.docx");
        Path b = dir.resolve("b.docx");
        new DocxRenderer().render(spec, a);
        Thread.sleep(2100); // zip times have two-second resolution
        new DocxRenderer().render(spec, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }
}
