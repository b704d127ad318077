package org.selfeval.extract.word;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A .docx package as {@link ZipBombGuard} vetted it: POI reads the entries through the same
 * central directory, each stream cut at the size the guard counted, so no entry inflates further
 * the second time.
 */
final class VettedPackage implements ZipEntrySource {

    private final ZipFile file;
    private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
    private volatile boolean closed;

    VettedPackage(ZipFile file, List<ZipArchiveEntry> vetted) {
        this.file = file;
        vetted.forEach(e -> entries.putIfAbsent(e.getName(), e));
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return Collections.enumeration(entries.values());
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        ZipArchiveEntry e = entries.get(path);
        if (e == null) { // POI looks parts up case-insensitively, as the OPC spec names them
            e = entries.values().stream().filter(x -> x.getName().equalsIgnoreCase(path)).findFirst().orElse(null);
        }
        return e;
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        InputStream in = file.getInputStream(entry);
        return entry.getSize() < 0 ? in : BoundedInputStream.builder().setInputStream(in).setMaxCount(entry.getSize()).get();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        file.close();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }
}
