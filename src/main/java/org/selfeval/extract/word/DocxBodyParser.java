package org.selfeval.extract.word;

import org.selfeval.extract.CellBudget;

import org.selfeval.model.Block;
import org.selfeval.model.Paragraph;
import org.selfeval.model.Table;
import org.selfeval.model.TextStyle;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Reads word/document.xml in one streaming pass into paragraphs and tables in reading order.
 *
 * <p>Wrappers that only group content (content controls, custom XML, tracked insertions,
 * hyperlinks, drawings) are walked through transparently, so no text hides in them. Text boxes
 * are read where they are anchored and emitted after the anchoring paragraph. Deleted text,
 * field instructions and ruby guides are skipped.
 */
final class DocxBodyParser {

    /** How pages are counted: not at all, or from one kind of page break. */
    enum PageMode { NONE, RENDERED_BREAKS, HARD_BREAKS }

    /** Elements whose whole subtree carries no body text. */
    private static final Set<String> SKIPPED = Set.of(
            "sdtPr", "sdtEndPr", "sectPr", "del", "moveFrom", "delText", "delInstrText", "instrText",
            "rt", "pPrChange", "rPrChange", "tblPrChange", "trPrChange", "tcPrChange", "commentReference",
            "footnoteReference", "endnoteReference", "customXmlPr", "smartTagPr", "tblPr", "tblPrEx",
            "object", "fldData", "ffData");

    /** Cell properties read while a cell's content is parsed. */
    private static final class CellProps {
        int gridSpan = 1;
        TableGridBuilder.VMerge vMerge = TableGridBuilder.VMerge.NONE;
    }

    private final XMLStreamReader r;
    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final PageMode pageMode;
    private final CellBudget cells;
    /** One entry per open field: true while still in its instructions (before "separate"). */
    private final Deque<Boolean> fields = new ArrayDeque<>();
    private int breaks;

    DocxBodyParser(XMLStreamReader r, DocxStyles styles, DocxNumbering numbering, PageMode pageMode,
                   CellBudget cells) {
        this.r = r;
        this.cells = cells;
        this.styles = styles;
        this.numbering = numbering;
        this.pageMode = pageMode;
    }

    /** The body's blocks; headers, footers and notes live in other parts and are not read. */
    List<Block> parse() throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && Xml.isW(r.getNamespaceURI())
                    && r.getLocalName().equals("body")) {
                return readBlocks(null);
            }
        }
        return List.of();
    }

    private int page() {
        return pageMode == PageMode.NONE ? 0 : breaks + 1;
    }

    /** Reads a block container (body, cell, text box, content control) up to its end tag. */
    private List<Block> readBlocks(CellProps cell) throws XMLStreamException {
        List<Block> out = new ArrayList<>();
        Subtree subtree = new Subtree(r);
        while (subtree.nextStart()) {
            String ns = r.getNamespaceURI();
            String name = r.getLocalName();
            if (Xml.isW(ns)) {
                switch (name) {
                    case "p" -> readParagraph(out);
                    case "tbl" -> out.add(readTable());
                    case "tcPr" -> readCellProps(cell);
                    default -> enterOrSkip(subtree, name);
                }
            } else {
                enterForeign(subtree, ns, name);
            }
        }
        return out;
    }

    private void enterOrSkip(Subtree subtree, String name) throws XMLStreamException {
        if (SKIPPED.contains(name)) {
            Xml.skip(r);
        } else {
            subtree.descend();
        }
    }

    /** Enters an element outside the w namespace, except mc:Fallback. */
    private void enterForeign(Subtree subtree, String ns, String name) throws XMLStreamException {
        if (Xml.MC.equals(ns) && name.equals("Fallback")) {
            // mc:Choice carries the same content; reading both would duplicate it.
            Xml.skip(r);
        } else {
            subtree.descend();
        }
    }

    private void readCellProps(CellProps cell) throws XMLStreamException {
        Subtree subtree = new Subtree(r);
        while (subtree.nextStart()) {
            subtree.descend();
            if (cell != null && Xml.isW(r.getNamespaceURI())) {
                if (r.getLocalName().equals("gridSpan")) {
                    Integer span = Xml.intAttr(r, "val");
                    cell.gridSpan = span == null ? 1 : Math.max(1, span);
                } else if (r.getLocalName().equals("vMerge")) {
                    // An absent value means "continue".
                    cell.vMerge = "restart".equals(Xml.attr(r, "val"))
                            ? TableGridBuilder.VMerge.RESTART : TableGridBuilder.VMerge.CONTINUE;
                }
            }
        }
    }

    private Table readTable() throws XMLStreamException {
        int startPage = page();
        int declaredCols = 0;
        TableGridBuilder grid = null;
        Subtree subtree = new Subtree(r);
        while (subtree.nextStart()) {
            if (!Xml.isW(r.getNamespaceURI())) {
                subtree.descend();
                continue;
            }
            switch (r.getLocalName()) {
                case "gridCol" -> {
                    declaredCols++;
                    Xml.skip(r);
                }
                case "tr" -> {
                    if (grid == null) {
                        grid = new TableGridBuilder(declaredCols, cells);
                    }
                    readRow(grid);
                }
                default -> enterOrSkip(subtree, r.getLocalName());
            }
        }
        return (grid == null ? new TableGridBuilder(declaredCols, cells) : grid).build(startPage);
    }

    private void readRow(TableGridBuilder grid) throws XMLStreamException {
        int gridBefore = 0;
        boolean started = false;
        Subtree subtree = new Subtree(r);
        while (subtree.nextStart()) {
            if (!Xml.isW(r.getNamespaceURI())) {
                subtree.descend();
                continue;
            }
            switch (r.getLocalName()) {
                case "gridBefore" -> {
                    Integer n = Xml.intAttr(r, "val");
                    gridBefore = n == null ? 0 : n;
                    Xml.skip(r);
                }
                case "tc" -> {
                    if (!started) {
                        grid.startRow(gridBefore);
                        started = true;
                    }
                    CellProps props = new CellProps();
                    List<Block> content = readBlocks(props);
                    grid.addCell(props.gridSpan, props.vMerge, cellText(content), nestedTables(content));
                }
                default -> enterOrSkip(subtree, r.getLocalName());
            }
        }
        if (!started) {
            grid.startRow(gridBefore);
        }
    }

    private static String cellText(List<Block> content) {
        StringBuilder sb = new StringBuilder();
        for (Block b : content) {
            if (b instanceof Paragraph p && !p.text().isEmpty()) {
                sb.append(sb.isEmpty() ? "" : "\n").append(p.text());
            }
        }
        return sb.toString();
    }

    private static List<Table> nestedTables(List<Block> content) {
        List<Table> nested = new ArrayList<>();
        for (Block b : content) {
            if (b instanceof Table t) {
                nested.add(t);
            }
        }
        return nested;
    }

    private void readParagraph(List<Block> out) throws XMLStreamException {
        ParagraphBuilder p = new ParagraphBuilder();
        DocxProperties.ParaProps props = new DocxProperties.ParaProps(styles);
        DocxProperties.RunProps run = new DocxProperties.RunProps();
        int firstPage = -1;
        Subtree subtree = new Subtree(r);
        while (subtree.nextStart()) {
            String ns = r.getNamespaceURI();
            String name = r.getLocalName();
            if (!Xml.isW(ns)) {
                enterForeign(subtree, ns, name);
                continue;
            }
            switch (name) {
                case "pPr" -> {
                    DocxProperties.readParagraph(r, props);
                    if (props.pageBreakBefore) {
                        hardBreak();
                    }
                }
                case "r" -> {
                    run.halfPoints = props.style().halfPoints();
                    run.bold = Boolean.TRUE.equals(props.style().bold());
                    subtree.descend();
                }
                case "rPr" -> DocxProperties.readRun(r, run, props.style(), styles);
                case "t" -> {
                    String t = r.getElementText();
                    if (!inFieldInstructions()) {
                        if (firstPage < 0 && !t.isBlank()) {
                            firstPage = page();
                        }
                        p.append(t, run.halfPoints, run.bold);
                    }
                }
                case "tab", "ptab" -> {
                    p.appendBreak('\t');
                    Xml.skip(r);
                }
                case "br", "cr" -> {
                    if ("page".equals(Xml.attr(r, "type"))) {
                        hardBreak();
                    } else {
                        p.appendBreak('\n');
                    }
                    Xml.skip(r);
                }
                case "noBreakHyphen" -> {
                    p.appendBreak('-');
                    Xml.skip(r);
                }
                case "lastRenderedPageBreak" -> {
                    if (pageMode == PageMode.RENDERED_BREAKS) {
                        breaks++;
                    }
                    Xml.skip(r);
                }
                case "fldChar" -> {
                    field(Xml.attr(r, "fldCharType"));
                    Xml.skip(r);
                }
                case "txbxContent" -> p.floating.addAll(readBlocks(null));
                case "p", "tbl" -> Xml.skip(r); // not allowed directly in a paragraph
                default -> enterOrSkip(subtree, name);
            }
        }
        String label = numbering.nextLabel(props.numId(), props.ilvl());
        p.prependLabel(label);
        String text = p.cleanText();
        if (!text.isEmpty()) {
            WordStyle s = props.style();
            TextStyle style = p.style(s.name(), props.outlineLevel != null ? props.outlineLevel : s.outlineLevel(),
                    props.centered != null ? props.centered : Boolean.TRUE.equals(s.centered()));
            for (String line : HeadingLines.split(text)) {
                out.add(new Paragraph(line, firstPage >= 0 ? firstPage : page(), style, false, null));
            }
        }
        out.addAll(p.floating);
    }

    private void hardBreak() {
        if (pageMode == PageMode.HARD_BREAKS) {
            breaks++;
        }
    }

    private boolean inFieldInstructions() {
        return !fields.isEmpty() && fields.peek();
    }

    private void field(String type) {
        if ("begin".equals(type)) {
            fields.push(Boolean.TRUE);
        } else if ("separate".equals(type) && !fields.isEmpty()) {
            fields.pop();
            fields.push(Boolean.FALSE);
        } else if ("end".equals(type) && !fields.isEmpty()) {
            fields.pop();
        }
    }
}
