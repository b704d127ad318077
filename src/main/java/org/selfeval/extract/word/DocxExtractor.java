package org.selfeval.extract.word;

import org.selfeval.extract.ByteSearch;
import org.selfeval.extract.CellBudget;
import org.selfeval.extract.LimitExceeded;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlException;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.FailureClassifier;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.FailureCode;
import org.selfeval.extract.FormatExtractor;
import org.selfeval.extract.SourceFile;
import org.selfeval.model.Block;
import org.selfeval.model.DocumentMetadata;
import org.selfeval.model.ReportDocument;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads .docx (and .docm/.dotx) with POI's package layer: the main document part is streamed
 * once with StAX ({@link DocxBodyParser}); styles and numbering are read from their own parts.
 * Zip bombs are refused up front by {@link ZipBombGuard}.
 */
public final class DocxExtractor implements FormatExtractor {

    @Override
    public boolean supports(String format) {
        return "docx".equals(format);
    }

    @Override
    public ReportDocument extract(SourceFile source, ExtractOptions options) throws ExtractionException {
        byte[] content = source.content();
        if (FileMagic.valueOf(content) == FileMagic.OLE2) {
            // An encrypted .docx is an OLE2 container, not a zip.
            throw OleContainers.notReadableAsDocx(content);
        }
        try (VettedPackage vetted = ZipBombGuard.open(content, options.zip());
             OPCPackage pkg = OPCPackage.open(vetted)) {
            PackagePart main = mainPart(pkg);
            DocxStyles styles = readStyles(main);
            DocxNumbering numbering = readNumbering(main);
            byte[] xml;
            try (InputStream in = main.getInputStream()) {
                xml = in.readAllBytes();
            }
            List<Block> blocks = parseBody(xml, styles, numbering, new CellBudget(options.maxCells()));
            List<String> warnings = new ArrayList<>();
            DocumentMetadata metadata = metadata(pkg, source, warnings);
            return new ReportDocument(metadata, blocks, warnings);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(FailureCode.ENCRYPTED, describe(e), e);
        } catch (ExtractionException e) {
            throw e;
        } catch (LimitExceeded e) {
            throw e.failure();
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            throw failure(e);
        }
    }

    /**
     * A POI failure as reported: POI's own size limits (a record or part larger than it will
     * allocate) are TOO_LARGE, not CORRUPT, with POI's English only in the detail.
     */
    static ExtractionException failure(Exception e) {
        if (FailureClassifier.isLibrarySizeLimit(e)) {
            return new ExtractionException(FailureCode.TOO_LARGE, describe(e), e).withUserMessage(
                    "文件中的某一部分（如图片、嵌入对象或表格数据）超过处理上限，未予处理。请压缩图片或删去嵌入的大文件后重新提交。");
        }
        return new ExtractionException(FailureCode.CORRUPT, describe(e), e);
    }

    private static List<Block> parseBody(byte[] xml, DocxStyles styles, DocxNumbering numbering, CellBudget cells)
            throws XMLStreamException {
        return Xml.read(new ByteArrayInputStream(xml),
                r -> new DocxBodyParser(r, styles, numbering, pageMode(xml), cells).parse());
    }

    /**
     * Word writes w:lastRenderedPageBreak where its layout broke pages, which is the best page
     * evidence a .docx has; without it, explicit page breaks are counted; with neither, pages
     * are unknown (0). A byte scan decides before the single parse.
     */
    static DocxBodyParser.PageMode pageMode(byte[] xml) {
        if (ByteSearch.contains(xml, "lastRenderedPageBreak")) {
            return DocxBodyParser.PageMode.RENDERED_BREAKS;
        }
        if (ByteSearch.contains(xml, "type=\"page\"") || ByteSearch.contains(xml, "pageBreakBefore")) {
            return DocxBodyParser.PageMode.HARD_BREAKS;
        }
        return DocxBodyParser.PageMode.NONE;
    }

    private static PackagePart mainPart(OPCPackage pkg) throws ExtractionException, OpenXML4JException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart main = rels.size() == 0 ? null : pkg.getPart(rels.getRelationship(0));
        if (main == null) {
            throw new ExtractionException(FailureCode.CORRUPT, "no main document part in the package");
        }
        return main;
    }

    private static DocxStyles readStyles(PackagePart main) throws IOException, OpenXML4JException {
        PackagePart part = related(main, XWPFRelation.STYLES.getRelation());
        if (part == null) {
            return DocxStyles.empty();
        }
        try (InputStream in = part.getInputStream()) {
            return DocxStyles.parse(in);
        }
    }

    private static DocxNumbering readNumbering(PackagePart main) throws IOException, OpenXML4JException {
        PackagePart part = related(main, XWPFRelation.NUMBERING.getRelation());
        if (part == null) {
            return DocxNumbering.empty();
        }
        try (InputStream in = part.getInputStream()) {
            return DocxNumbering.parse(in);
        }
    }

    private static PackagePart related(PackagePart from, String type) throws OpenXML4JException {
        PackageRelationshipCollection rels = from.getRelationshipsByType(type);
        for (PackageRelationship rel : rels) {
            PackagePart part = from.getRelatedPart(rel);
            if (part != null) {
                return part;
            }
        }
        return null;
    }

    private static DocumentMetadata metadata(OPCPackage pkg, SourceFile source, List<String> warnings) {
        int pages = 0;
        String producer = null;
        String creator = null;
        String title = null;
        try {
            POIXMLProperties props = new POIXMLProperties(pkg);
            POIXMLProperties.ExtendedProperties ext = props.getExtendedProperties();
            pages = Math.max(0, ext.getPages());
            producer = join(ext.getApplication(), ext.getAppVersion());
            creator = blankToNull(props.getCoreProperties().getCreator());
            title = blankToNull(props.getCoreProperties().getTitle());
        } catch (IOException | OpenXML4JException | XmlException | RuntimeException e) {
            // Broken document properties do not make the body unreadable.
            warnings.add("document properties unreadable: " + describe(e));
        }
        return new DocumentMetadata(source.displayName(), source.sha256(), source.content().length, source.format(),
                source.mediaType(), pages, producer, creator, title, false);
    }

    static String join(String application, String version) {
        String app = blankToNull(application);
        String ver = blankToNull(version);
        if (app == null) {
            return null;
        }
        return ver == null ? app : app + " " + ver;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A one-line technical detail for the operator (POI messages span several lines). */
    static String describe(Throwable t) {
        String type = t.getClass().getSimpleName();
        String msg = t.getMessage();
        if (msg == null) {
            return type;
        }
        msg = msg.replaceAll("\\s+", " ").strip();
        return type + ": " + (msg.length() > 300 ? msg.substring(0, 300) + "…" : msg);
    }
}
