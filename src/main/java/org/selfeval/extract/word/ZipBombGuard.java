package org.selfeval.extract.word;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.FailureCode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Vets a .docx package before POI sees it: first the central directory (declared sizes and
 * ratios), then every entry inflated once with a running count that stops at the limits (declared
 * sizes can lie) and its CRC checked. POI is then handed the vetted package ({@link VettedPackage}),
 * the same central-directory view, so it never reads an entry the guard did not count; any read
 * error is CORRUPT instead of falling through to POI. POI's own guard (ZipSecureFile) is
 * process-wide state that Tika's type detection switches off, so it is not relied on. The
 * limits come from extract.zip in config/selfeval.yaml.
 */
final class ZipBombGuard {

    /** Entries smaller than this are never judged by ratio (tiny XML compresses well). */
    private static final long GRACE_BYTES = 100 * 1024;

    private ZipBombGuard() {
    }

    /** The vetted package, for {@code OPCPackage.open(ZipEntrySource)}; the caller closes it. */
    static VettedPackage open(byte[] zip, ExtractOptions.ZipLimits limits) throws ExtractionException {
        ZipFile file = null;
        try {
            file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
            List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
            checkDeclared(entries, limits);
            long total = 0;
            byte[] buf = new byte[64 * 1024];
            for (ZipArchiveEntry entry : entries) {
                total += inflate(file, entry, total, buf, limits);
            }
            VettedPackage vetted = new VettedPackage(file, entries);
            file = null;
            return vetted;
        } catch (IOException | RuntimeException e) {
            // A package the guard cannot read is not handed on: POI would read it another way.
            throw corrupt(DocxExtractor.describe(e), e);
        } finally {
            closeQuietly(file);
        }
    }

    /** The central directory's word on sizes, before anything is inflated. */
    private static void checkDeclared(List<ZipArchiveEntry> entries, ExtractOptions.ZipLimits limits)
            throws ExtractionException {
        long declared = 0;
        for (ZipArchiveEntry e : entries) {
            long size = e.getSize();
            if (size < 0) {
                continue; // unknown: the running count decides
            }
            if (size > limits.maxEntryBytes()) {
                throw tooLarge("part " + e.getName() + " declares " + size + " bytes > max_entry_bytes "
                        + limits.maxEntryBytes());
            }
            declared += size;
            if (declared > limits.maxExpandedBytes()) {
                throw tooLarge("package declares more than " + limits.maxExpandedBytes() + " expanded bytes");
            }
            if (size > GRACE_BYTES && e.getCompressedSize() >= 0
                    && (double) e.getCompressedSize() / size < limits.minInflateRatio()) {
                throw tooLarge("zip bomb: part " + e.getName() + " declares ratio below " + limits.minInflateRatio());
            }
        }
    }

    /** Inflates one entry, counting; stops at the first limit crossed. @return its size */
    private static long inflate(ZipFile file, ZipArchiveEntry entry, long before, byte[] buf,
                                ExtractOptions.ZipLimits limits) throws IOException, ExtractionException {
        if (!file.canReadEntryData(entry)) {
            throw corrupt("part " + entry.getName() + " uses an unsupported zip method or encryption", null);
        }
        long compressed = Math.max(1, entry.getCompressedSize());
        CRC32 crc = new CRC32();
        long expanded = 0;
        try (InputStream in = file.getInputStream(entry)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                expanded += n;
                crc.update(buf, 0, n);
                if (expanded > limits.maxEntryBytes()) {
                    throw tooLarge("part " + entry.getName() + " expands beyond max_entry_bytes " + limits.maxEntryBytes());
                }
                if (before + expanded > limits.maxExpandedBytes()) {
                    throw tooLarge("package expands beyond " + limits.maxExpandedBytes() + " bytes");
                }
                if (expanded > GRACE_BYTES && (double) compressed / expanded < limits.minInflateRatio()) {
                    throw tooLarge("zip bomb: part " + entry.getName() + " inflates beyond ratio "
                            + limits.minInflateRatio());
                }
            }
        }
        if (entry.getSize() >= 0 && expanded != entry.getSize()) {
            throw corrupt("part " + entry.getName() + " expands to " + expanded + " bytes, declares " + entry.getSize(), null);
        }
        if (entry.getCrc() >= 0 && crc.getValue() != entry.getCrc()) {
            throw corrupt("part " + entry.getName() + " fails its CRC check", null);
        }
        return expanded;
    }

    private static ExtractionException tooLarge(String detail) {
        return new ExtractionException(FailureCode.TOO_LARGE, detail).withUserMessage(
                "Word 文件解压后超过处理上限（可能是压缩炸弹，或含有过大的图片、附件），未予处理。"
                        + "请压缩图片或删去嵌入的大文件后重新提交。");
    }

    private static ExtractionException corrupt(String detail, Throwable cause) {
        ExtractionException e = cause == null ? new ExtractionException(FailureCode.CORRUPT, detail)
                : new ExtractionException(FailureCode.CORRUPT, detail, cause);
        return e.withUserMessage("Word 文件的压缩包结构已损坏（可能上传中断或文件被篡改），无法安全打开。"
                + "请用 Word 重新另存为 .docx 后再提交。");
    }

    private static void closeQuietly(ZipFile file) {
        if (file != null) {
            try {
                file.close();
            } catch (IOException ignored) {
                // in memory: nothing to release
            }
        }
    }
}
