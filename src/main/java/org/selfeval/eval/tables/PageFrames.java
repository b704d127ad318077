package org.selfeval.eval.tables;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Page frames of a PDF, read once; 1-based page numbers. */
public final class PageFrames {

    private final List<PageFrame> frames;

    public PageFrames(List<PageFrame> frames) {
        this.frames = List.copyOf(frames);
    }

    /** Reads the crop box of every page (text positions are relative to it). */
    public static PageFrames of(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PageFrame> frames = new ArrayList<>();
            doc.getPages().forEach(p -> {
                PDRectangle box = p.getCropBox();
                frames.add(new PageFrame(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight()));
            });
            return new PageFrames(frames);
        }
    }

    public PageFrame page(int page) {
        if (page < 1 || page > frames.size()) {
            throw new IllegalArgumentException("no page " + page + " (document has " + frames.size() + ")");
        }
        return frames.get(page - 1);
    }
}
