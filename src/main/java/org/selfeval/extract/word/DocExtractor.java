package org.selfeval.extract.word;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.selfeval.extract.CellBudget;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.LimitExceeded;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.FailureCode;
import org.selfeval.extract.FormatExtractor;
import org.selfeval.extract.SourceFile;
import org.selfeval.model.Block;
import org.selfeval.model.DocumentMetadata;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.TextStyle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Word 97–2003 .doc files (including those saved by WPS Office) with POI HWPF:
 * paragraphs in order with style hints, tables as grids built from cell edges and merge flags.
 */
public final class DocExtractor implements FormatExtractor {

    private static final String WORD_STREAM = "WordDocument";
    private static final int JUSTIFY_CENTER = 1;
    private static final int BODY_TEXT_LEVEL = 9;

    @Override
    public boolean supports(String format) {
        return "doc".equals(format);
    }

    @Override
    public ReportDocument extract(SourceFile source, ExtractOptions options) throws ExtractionException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(source.content()))) {
            DirectoryNode root = fs.getRoot();
            if (!root.hasEntryCaseInsensitive(WORD_STREAM)) {
                if (OleContainers.isEncryptedPackage(root)) {
                    throw new ExtractionException(FailureCode.ENCRYPTED, "password-protected OOXML package");
                }
                throw new ExtractionException(FailureCode.UNSUPPORTED_TYPE, "OLE2 file without a WordDocument stream");
            }
            HWPFDocument doc = new HWPFDocument(root);
            List<Block> blocks = new Reader(doc, new CellBudget(options.maxCells())).blocks();
            return new ReportDocument(metadata(doc, source), blocks, List.of());
        } catch (ExtractionException e) {
            throw e;
        } catch (LimitExceeded e) {
            throw e.failure();
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(FailureCode.ENCRYPTED, DocxExtractor.describe(e), e);
        } catch (OldWordFileFormatException e) {
            throw new ExtractionException(FailureCode.UNSUPPORTED_TYPE, DocxExtractor.describe(e), e);
        } catch (IOException | RuntimeException e) {
            // Truncated or damaged OLE2 streams surface as IOExceptions or as index errors from POI.
            throw DocxExtractor.failure(e);
        }
    }

    private static DocumentMetadata metadata(HWPFDocument doc, SourceFile source) {
        SummaryInformation info = doc.getSummaryInformation();
        int pages = 0;
        String producer = null;
        String creator = null;
        String title = null;
        if (info != null) {
            pages = Math.max(0, info.getPageCount());
            producer = DocxExtractor.blankToNull(info.getApplicationName());
            creator = DocxExtractor.blankToNull(info.getAuthor());
            title = DocxExtractor.blankToNull(info.getTitle());
        }
        return new DocumentMetadata(source.displayName(), source.sha256(), source.content().length, source.format(),
                source.mediaType(), pages, producer, creator, title, false);
    }

    /** One pass over the main text range. */
    private static final class Reader {
        private final HWPFDocument doc;
        private final CellBudget cells;
        private final StyleSheet styles;
        private final Map<Integer, String> styleNames = new HashMap<>();
        private final FieldTextCleaner cleaner = new FieldTextCleaner();
        private final DocListLabels labels;

        Reader(HWPFDocument doc, CellBudget cells) {
            this.doc = doc;
            this.cells = cells;
            this.styles = doc.getStyleSheet();
            this.labels = new DocListLabels(doc.getListTables() != null);
        }

        List<Block> blocks() {
            Range range = doc.getRange();
            List<Block> out = new ArrayList<>();
            int n = range.numParagraphs();
            int i = 0;
            while (i < n) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    org.apache.poi.hwpf.usermodel.Table table = range.getTable(p);
                    out.add(DocTableReader.read(table, this::cellText, cells));
                    i += Math.max(1, table.numParagraphs());
                    continue;
                }
                out.addAll(paragraphs(p));
                i++;
            }
            appendTextBoxes(out);
            return out;
        }

        /**
         * Word 97 keeps text-box text in a sub-document without anchors POI exposes, so it is
         * appended after the body: out of place, but not lost (signature blocks live there).
         */
        private void appendTextBoxes(List<Block> out) {
            Range boxes = doc.getMainTextboxRange();
            if (boxes == null) {
                return;
            }
            for (int k = 0, n = boxes.numParagraphs(); k < n; k++) {
                out.addAll(paragraphs(boxes.getParagraph(k)));
            }
        }

        private List<org.selfeval.model.Paragraph> paragraphs(Paragraph p) {
            ParagraphBuilder b = new ParagraphBuilder();
            for (int k = 0, runs = p.numCharacterRuns(); k < runs; k++) {
                CharacterRun run = p.getCharacterRun(k);
                String text = cleaner.clean(run.text());
                if (!text.isEmpty()) {
                    b.append(text, run.getFontSize(), run.isBold());
                }
            }
            b.prependLabel(labels.next(p));
            String text = b.cleanText();
            if (text.isEmpty()) {
                return List.of();
            }
            int lvl = p.getLvl();
            TextStyle style = b.style(styleName(p.getStyleIndex()), lvl >= 0 && lvl < BODY_TEXT_LEVEL ? lvl : null,
                    p.getJustification() == JUSTIFY_CENTER);
            List<org.selfeval.model.Paragraph> out = new ArrayList<>();
            for (String line : HeadingLines.split(text)) {
                out.add(new org.selfeval.model.Paragraph(line, 0, style, false, null));
            }
            return out;
        }

        private String cellText(TableCell cell) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, n = cell.numParagraphs(); k < n; k++) {
                Paragraph p = cell.getParagraph(k);
                String text = cleaner.clean(p.text()).strip();
                String label = labels.next(p);
                if (!label.isEmpty()) {
                    text = label + text;
                }
                if (!text.isEmpty()) {
                    sb.append(sb.isEmpty() ? "" : "\n").append(text);
                }
            }
            return sb.toString();
        }

        private String styleName(int index) {
            return styleNames.computeIfAbsent(index, i -> {
                StyleDescription d = i >= 0 && i < styles.numStyles() ? styles.getStyleDescription(i) : null;
                return d == null ? null : d.getName();
            });
        }
    }
}
