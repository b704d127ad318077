package org.selfeval.camel;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.ExtractionFailure;
import org.selfeval.extract.InputGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The file filter of both inbox routes (watch and serve), run on every inbox entry before Camel looks at it.
 * Camel's consumer follows links (it would recurse into a linked folder outside the inbox), and its
 * read lock silently skips a dangling or looping link on every poll; so every entry that is not a
 * regular file or a real folder is refused here, from its attributes (no link followed, nothing
 * opened) and handed to the route's {@link Refuser}, which records it as failed with code IO and
 * moves it to failed/. Folders that cannot be listed are skipped (logged once each).
 */
public final class InboxFilter implements GenericFileFilter<File> {

    private static final Logger LOG = LoggerFactory.getLogger(InboxFilter.class);

    /** Records a refused entry and renames it (never copies it) into failed/. */
    @FunctionalInterface
    public interface Refuser {
        /**
         * @param relative the entry's path below the inbox, '/' separated
         * @return false if it could not be moved (it is then not offered again)
         */
        boolean refuse(Path entry, String relative, ExtractionFailure failure);
    }

    private final Refuser refuser;
    /** Entries already reported that could not be moved or listed: not reported again every poll. */
    private final Set<Path> reported = ConcurrentHashMap.newKeySet();

    public InboxFilter(Refuser refuser) {
        this.refuser = refuser;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        Path entry = file.getFile().toPath();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            attrs = null;
        }
        if (attrs != null && attrs.isRegularFile()) {
            return true;
        }
        if (attrs != null && attrs.isDirectory()) {
            if (Files.isReadable(entry) && Files.isExecutable(entry)) {
                return true;
            }
            if (reported.add(entry)) {
                LOG.warn("收件箱中的文件夹无法读取，已跳过: {}", entry);
            }
            return false;
        }
        try {
            InputGate.requireRegularFile(entry);
            return true; // became a regular file since the look above
        } catch (ExtractionException refused) {
            String relative = file.getRelativeFilePath().replace('\\', '/');
            if (!reported.contains(entry) && !refuser.refuse(entry, relative, refused.failure())) {
                reported.add(entry);
                LOG.warn("收件箱中的非普通文件已记为失败，但无法移入失败目录: {}", entry);
            }
            return false;
        }
    }
}
