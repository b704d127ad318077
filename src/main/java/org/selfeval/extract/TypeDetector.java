package org.selfeval.extract;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import java.io.IOException;

/**
 * Detects the real type of a submitted file from its bytes with Tika, deliberately without the
 * file name: reviewers receive .doc files that are really .docx, PDFs named .doc, and so on.
 */
public final class TypeDetector {

    private final Detector detector;

    public TypeDetector() {
        this.detector = TikaConfig.getDefaultConfig().getDetector();
    }

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The media type Tika sees in the content (PDFs recognised by their header without asking Tika). */
    public MediaType detect(byte[] content) throws IOException {
        // "%PDF-" at the very start settles it; Tika's magic and container probes cost as much as a
        // tenth of checking a short report.
        if (startsWith(content, PDF_MAGIC)) {
            return MediaType.application("pdf");
        }
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return detector.detect(in, new Metadata());
        }
    }

    /**
     * The short format selfeval handles for a media type.
     *
     * @throws ExtractionException ENCRYPTED for password-protected Office containers,
     *                             UNSUPPORTED_TYPE for anything that is not Word or PDF
     */
    public static String formatOf(MediaType type, byte[] content) throws ExtractionException {
        String base = type.getBaseType().toString();
        // A Word file cut short (interrupted upload) loses its zip directory, and Tika then sees
        // only "a zip": say it is a broken Word file, not an unsupported type.
        if ("application/zip".equals(base) && ByteSearch.contains(content, "word/")) {
            throw new ExtractionException(FailureCode.CORRUPT, "zip with word/ entries but no readable package (truncated .docx?)");
        }
        return formatOf(type);
    }

    public static String formatOf(MediaType type) throws ExtractionException {
        String base = type.getBaseType().toString();
        return switch (base) {
            case "application/pdf" -> "pdf";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/vnd.ms-word.document.macroenabled.12",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
                 "application/vnd.ms-word.template.macroenabled.12" -> "docx";
            case "application/msword", "application/vnd.ms-word" -> "doc";
            case "application/x-tika-ooxml-protected" ->
                    throw new ExtractionException(FailureCode.ENCRYPTED, "encrypted OOXML container");
            default -> throw new ExtractionException(FailureCode.UNSUPPORTED_TYPE, "detected " + base);
        };
    }
}
