package org.selfeval.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.selfeval.model.DocumentMetadata;
import org.selfeval.model.ReportDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * True page numbers for Word reports: the file is rendered to PDF by LibreOffice (the same
 * conversion the page images use, and cached with them when a cache folder is given), and the
 * document's blocks take the pages they are printed on ({@link PageAlignment}). Without
 * LibreOffice, or when the conversion fails, the document keeps its estimated pages and says so
 * in its metadata, so that reviewers are shown "约第N页".
 */
public final class WordPages {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    /** Below this share of blocks found in the rendering, the rendering is not trusted (a different document). */
    private static final double MIN_FOUND = 0.5;

    private final OfficeConverter converter;
    private final Path cacheDir;

    /**
     * @param cacheDir folder of the page-image cache ({@code <sha256>/converted.pdf}), or null to
     *                 convert into a temporary folder removed after use
     */
    public WordPages(RenderOptions options, Path cacheDir) {
        this.converter = new OfficeConverter(options);
        this.cacheDir = cacheDir;
    }

    /** True when Word files can be rendered here. */
    public boolean available() {
        return converter.available();
    }

    /**
     * {@code doc} with rendered pages when {@code file} is a Word document that LibreOffice can
     * render and the rendering matches it; otherwise {@code doc} with its page basis stated.
     */
    public ReportDocument apply(Path file, ReportDocument doc) {
        DocumentMetadata meta = doc.metadata();
        if (!isWord(meta.format())) {
            return doc;
        }
        Optional<List<String>> pages = available() ? renderedText(file, meta) : Optional.empty();
        if (pages.isEmpty() || pages.get().isEmpty()) {
            return estimated(doc);
        }
        PageAlignment.Result aligned = PageAlignment.align(doc.blocks(), pages.get());
        if (aligned.searched() > 0 && aligned.found() < MIN_FOUND * aligned.searched()) {
            return estimated(doc);
        }
        return new ReportDocument(meta.withPages(pages.get().size()).withPageBasis(DocumentMetadata.PAGES_RENDERED),
                aligned.blocks(), doc.warnings());
    }

    /** A Word document whose pages stay the estimates from its page breaks, said so in its metadata. */
    public static ReportDocument estimated(ReportDocument doc) {
        return isWord(doc.metadata().format())
                ? doc.withMetadata(doc.metadata().withPageBasis(DocumentMetadata.PAGES_ESTIMATED)) : doc;
    }

    public static boolean isWord(String format) {
        return "docx".equals(format) || "doc".equals(format);
    }

    private Optional<List<String>> renderedText(Path file, DocumentMetadata meta) {
        Path work = null;
        try {
            Path pdf;
            if (cacheDir != null && meta.sha256() != null && KEY.matcher(meta.sha256()).matches()) {
                pdf = cacheDir.resolve(meta.sha256()).resolve("converted.pdf");
                if (!Files.isRegularFile(pdf)) {
                    converter.convert(file, meta.format(), pdf);
                }
            } else {
                work = Files.createTempDirectory("selfeval-pages-");
                pdf = work.resolve("converted.pdf");
                converter.convert(file, meta.format(), pdf);
            }
            return Optional.of(pageTexts(pdf));
        } catch (IOException | RuntimeException e) {
            // No rendering: the estimated pages stay, and the metadata says they are estimates.
            return Optional.empty();
        } finally {
            if (work != null) {
                OfficeConverter.deleteTree(work);
            }
        }
    }

    /** Each page's text in content order (LibreOffice writes tables cell by cell). */
    static List<String> pageTexts(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            List<String> out = new ArrayList<>(doc.getNumberOfPages());
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(doc));
            }
            return out;
        }
    }
}
