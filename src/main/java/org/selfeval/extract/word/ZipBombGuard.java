package org.selfeval.extract.word;

import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.FailureCode;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses .docx packages that inflate far beyond their size, before POI loads every part into
 * memory. POI's own guard (ZipSecureFile) is process-wide state, and Tika's type detection
 * switches its ratio check off (min inflate ratio -1), so it cannot be relied on here. The
 * limits come from extract.zip in config/selfeval.yaml (POI's defaults unless set).
 */
final class ZipBombGuard {

    /** Entries smaller than this are never judged by ratio (tiny XML compresses well). */
    private static final long GRACE_BYTES = 100 * 1024;

    private ZipBombGuard() {
    }

    static void check(byte[] zip, ExtractOptions.ZipLimits limits) throws ExtractionException {
        Counting raw = new Counting(new ByteArrayInputStream(zip));
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                long start = raw.count;
                long expanded = 0;
                int n;
                while ((n = in.read(buf)) > 0) {
                    expanded += n;
                    total += n;
                    double ratio = (double) (raw.count - start) / expanded;
                    if (expanded > GRACE_BYTES && ratio < limits.minInflateRatio()) {
                        throw new ExtractionException(FailureCode.TOO_LARGE, "zip bomb: entry " + entry.getName()
                                + " inflates beyond ratio " + limits.minInflateRatio());
                    }
                    if (total > limits.maxExpandedBytes()) {
                        throw new ExtractionException(FailureCode.TOO_LARGE, "package expands beyond "
                                + limits.maxExpandedBytes() + " bytes");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A damaged zip is reported by the package reader itself (CORRUPT).
        }
    }

    /** Counts the compressed bytes the inflater has consumed. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
