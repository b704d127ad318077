package org.selfeval.extract.word;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.FailureCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Tells apart the OLE2 containers a Word extractor may be handed. */
final class OleContainers {

    private OleContainers() {
    }

    /** Whether the OLE2 root holds an encrypted OOXML package (EncryptionInfo + EncryptedPackage). */
    static boolean isEncryptedPackage(DirectoryNode root) {
        return root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY) || root.hasEntryCaseInsensitive("EncryptionInfo");
    }

    /** The failure for an OLE2 file handed to the .docx reader. */
    static ExtractionException notReadableAsDocx(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (isEncryptedPackage(fs.getRoot())) {
                return new ExtractionException(FailureCode.ENCRYPTED, "password-protected OOXML package");
            }
            return new ExtractionException(FailureCode.UNSUPPORTED_TYPE, "OLE2 file is not an OOXML document");
        } catch (IOException | RuntimeException e) {
            return new ExtractionException(FailureCode.CORRUPT, DocxExtractor.describe(e), e);
        }
    }
}
