package org.selfeval.synth;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.fontbox.ttf.TTFParser;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A CJK TrueType font that PDFBox can embed. CFF-flavoured OpenType (NotoSansCJK .ttc) is
 * skipped because PDFBox cannot embed it as a Type0 TrueType font.
 */
public final class CjkFont implements Closeable {

    public static final String PROPERTY = "selfeval.synth.font";
    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));
    private static final String PREFERRED = "WenQuanYi Zen Hei";

    private final TrueTypeFont font;
    private final Closeable owner;
    private final Path file;

    private CjkFont(TrueTypeFont font, Closeable owner, Path file) {
        this.font = font;
        this.owner = owner;
        this.file = file;
    }

    public TrueTypeFont font() {
        return font;
    }

    public Path file() {
        return file;
    }

    /** The configured font (system property {@value #PROPERTY}), the candidates, then fontconfig. */
    public static Optional<CjkFont> find(Path configured) {
        List<Path> tries = new ArrayList<>();
        if (configured != null) {
            tries.add(configured);
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            tries.add(Path.of(property));
        }
        tries.addAll(CANDIDATES);
        tries.addAll(fontconfigChineseFonts());
        for (Path p : tries) {
            Optional<CjkFont> loaded = tryLoad(p);
            if (loaded.isPresent()) {
                return loaded;
            }
        }
        return Optional.empty();
    }

    static Optional<CjkFont> tryLoad(Path path) {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        String name = path.getFileName().toString().toLowerCase();
        try {
            if (name.endsWith(".ttc")) {
                TrueTypeCollection ttc = new TrueTypeCollection(path.toFile());
                TrueTypeFont chosen = ttc.getFontByName(PREFERRED);
                if (chosen == null || isCff(chosen)) {
                    chosen = firstTrueType(ttc);
                }
                if (chosen == null) {
                    ttc.close();
                    return Optional.empty();
                }
                return Optional.of(new CjkFont(chosen, ttc, path));
            }
            if (name.endsWith(".ttf")) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
                if (isCff(ttf) || ttf.getUnicodeCmapLookup(false) == null || !hasCjk(ttf)) {
                    ttf.close();
                    return Optional.empty();
                }
                return Optional.of(new CjkFont(ttf, ttf, path));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unusable font file: try the next candidate
        }
        return Optional.empty();
    }

    private static TrueTypeFont firstTrueType(TrueTypeCollection ttc) throws IOException {
        TrueTypeFont[] found = new TrueTypeFont[1];
        ttc.processAllFonts(f -> {
            if (found[0] == null && !isCff(f) && hasCjk(f)) {
                found[0] = f;
            }
        });
        return found[0];
    }

    private static boolean isCff(TrueTypeFont f) {
        return f instanceof OpenTypeFont otf && otf.isPostScript();
    }

    private static boolean hasCjk(TrueTypeFont f) {
        try {
            return f.getUnicodeCmapLookup(false) != null && f.getUnicodeCmapLookup(false).getGlyphId('报') > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> fontconfigChineseFonts() {
        try {
            Process p = new ProcessBuilder("fc-list", ":lang=zh", "file").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return List.of();
            }
            List<Path> paths = new ArrayList<>();
            for (String line : out.split("\n")) {
                String file = line.replaceAll(":\\s*$", "").trim();
                if (file.endsWith(".ttf") || file.endsWith(".ttc")) {
                    paths.add(Path.of(file));
                }
            }
            return paths;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    @Override
    public void close() throws IOException {
        owner.close();
    }
}
