package org.selfeval.extract;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.tika.exception.ZeroByteFileException;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.zip.ZipException;

/**
 * Maps what the parsing libraries throw to contract failure codes, by exception type and never
 * by message text (messages change between library versions). Walks the cause chain because
 * Tika and POI wrap.
 */
public final class FailureClassifier {

    private FailureClassifier() {
    }

    public static ExtractionFailure classify(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof LimitExceeded e) {
                return e.failure().failure(); // its own Chinese message
            }
            FailureCode code = codeOf(t);
            if (code != null) {
                return ExtractionFailure.of(code, describe(thrown));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (thrown instanceof OutOfMemoryError || thrown instanceof StackOverflowError) {
            return ExtractionFailure.of(FailureCode.TOO_LARGE, describe(thrown));
        }
        if (thrown instanceof IOException) {
            return ExtractionFailure.of(FailureCode.CORRUPT, describe(thrown));
        }
        // Any other parser exception means the file is not what it claims to be.
        return ExtractionFailure.of(FailureCode.CORRUPT, describe(thrown));
    }

    /**
     * Whether POI refused to allocate a record or zip part beyond its own maximum (IOUtils'
     * length checks, ZipArchiveFakeEntry's entry size): a size limit, told by the throwing frame
     * because the exception type (RecordFormatException) is shared with damaged records.
     */
    public static boolean isLibrarySizeLimit(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.poi.util.RecordFormatException || t instanceof IOException) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    String cls = frame.getClassName();
                    if (cls.equals("org.apache.poi.util.IOUtils") && frame.getMethodName().startsWith("throw")
                            || cls.equals("org.apache.poi.openxml4j.util.ZipArchiveFakeEntry")) {
                        return true;
                    }
                    if (!cls.startsWith("org.apache.poi.util.")) {
                        break; // only the frames where it was thrown count
                    }
                }
            }
        }
        return false;
    }

    private static FailureCode codeOf(Throwable t) {
        if (t instanceof ExtractionException e) {
            return e.code();
        }
        if (isLibrarySizeLimit(t)) {
            return FailureCode.TOO_LARGE;
        }
        if (t instanceof InvalidPasswordException
                || t instanceof org.apache.poi.EncryptedDocumentException
                || t instanceof org.apache.tika.exception.EncryptedDocumentException) {
            return FailureCode.ENCRYPTED;
        }
        if (t instanceof FileSystemException) {
            // Permission, link loop, vanished file: the file system, not the document.
            return FailureCode.IO;
        }
        if (t instanceof ZeroByteFileException) {
            return FailureCode.EMPTY;
        }
        if (t instanceof ZipException || t instanceof EOFException || t instanceof NotOfficeXmlFileException
                || t instanceof InvalidFormatException
                || t instanceof org.apache.poi.util.RecordFormatException
                || t instanceof org.apache.tika.exception.CorruptedFileException) {
            return FailureCode.CORRUPT;
        }
        return null;
    }

    private static String describe(Throwable t) {
        String msg = t.getMessage();
        String type = t.getClass().getSimpleName();
        if (msg == null) {
            return type;
        }
        msg = msg.replaceAll("\\s+", " ");
        return type + ": " + (msg.length() > 300 ? msg.substring(0, 300) + "…" : msg);
    }
}
