package org.selfeval.eval.tables;

import org.selfeval.model.Box;
import org.selfeval.model.Cell;
import org.selfeval.model.Table;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the ICDAR 2013 structure ({@code *-str.xml}) and region ({@code *-reg.xml}) files.
 * Coordinates there are PDF user space with a bottom-left origin; they are converted with each
 * page's frame. Missing {@code end-row}/{@code end-col} mean the cell spans one row/column.
 */
public final class IcdarGroundTruth {

    private static final Pattern LEADING_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private IcdarGroundTruth() {
    }

    public static List<GroundTruthTable> parse(String structureXml, String regionXml, IntFunction<PageFrame> frames) {
        Map<String, Box> regions = regionXml == null ? Map.of() : regions(read(regionXml), frames);
        List<GroundTruthTable> out = new ArrayList<>();
        NodeList tables = read(structureXml).getDocumentElement().getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element table = (Element) tables.item(i);
            String id = table.getAttribute("id");
            out.add(table(id, table, regions.get(id), frames));
        }
        return out;
    }

    private static GroundTruthTable table(String id, Element table, Box region, IntFunction<PageFrame> frames) {
        List<Cell> cells = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        int rowOffset = 0;
        int rows = 0;
        int cols = 0;
        NodeList regionNodes = table.getElementsByTagName("region");
        for (int i = 0; i < regionNodes.getLength(); i++) {
            Element reg = (Element) regionNodes.item(i);
            int page = intAttr(reg, "page", 1);
            if (!pages.contains(page)) {
                pages.add(page);
            }
            // Later regions of a table continued on another page follow on below the earlier
            // ones; row-/col-increment shift them as the format allows.
            int rowShift = i == 0 ? 0 : rowOffset + intAttr(reg, "row-increment", 0);
            int colShift = i == 0 ? 0 : intAttr(reg, "col-increment", 0);
            NodeList cellNodes = reg.getElementsByTagName("cell");
            for (int j = 0; j < cellNodes.getLength(); j++) {
                Element c = (Element) cellNodes.item(j);
                int r0 = intAttr(c, "start-row", 0) + rowShift;
                int c0 = intAttr(c, "start-col", 0) + colShift;
                int r1 = Math.max(r0, intAttr(c, "end-row", r0 - rowShift) + rowShift);
                int c1 = Math.max(c0, intAttr(c, "end-col", c0 - colShift) + colShift);
                if (r0 < 0 || c0 < 0) {
                    continue;
                }
                cells.add(new Cell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, text(c, "content"), List.of(), bbox(c, page, frames)));
                rows = Math.max(rows, r1 + 1);
                cols = Math.max(cols, c1 + 1);
            }
            rowOffset = rows;
        }
        Box box = region != null ? region : union(cells);
        return new GroundTruthTable(id, box, new Table(pages, rows, cols, cells, "ground-truth", box));
    }

    private static Map<String, Box> regions(Document doc, IntFunction<PageFrame> frames) {
        Map<String, Box> out = new HashMap<>();
        NodeList tables = doc.getDocumentElement().getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element table = (Element) tables.item(i);
            NodeList regionNodes = table.getElementsByTagName("region");
            if (regionNodes.getLength() == 0) {
                continue;
            }
            Element reg = (Element) regionNodes.item(0);
            Box box = bbox(reg, intAttr(reg, "page", 1), frames);
            if (box != null) {
                out.put(table.getAttribute("id"), box);
            }
        }
        return out;
    }

    private static Box bbox(Element parent, int page, IntFunction<PageFrame> frames) {
        NodeList boxes = parent.getElementsByTagName("bounding-box");
        if (boxes.getLength() == 0) {
            return null;
        }
        Element b = (Element) boxes.item(0);
        return frames.apply(page).toTopLeft(page, dbl(b, "x1"), dbl(b, "y1"), dbl(b, "x2"), dbl(b, "y2"));
    }

    private static Box union(List<Cell> cells) {
        Box u = null;
        for (Cell c : cells) {
            Box b = c.box();
            if (b == null) {
                continue;
            }
            u = u == null ? b : new Box(u.page(), Math.min(u.x0(), b.x0()), Math.min(u.y0(), b.y0()),
                    Math.max(u.x1(), b.x1()), Math.max(u.y1(), b.y1()));
        }
        return u;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private static int intAttr(Element e, String name, int fallback) {
        String v = e.getAttribute(name).trim();
        return v.isEmpty() ? fallback : Integer.parseInt(v);
    }

    /** The leading number of an attribute: the annotated files contain typos such as x2="26ß". */
    private static double dbl(Element e, String name) {
        Matcher m = LEADING_NUMBER.matcher(e.getAttribute(name).trim());
        if (!m.lookingAt()) {
            throw new IllegalArgumentException("bad coordinate " + name + "=\"" + e.getAttribute(name) + "\"");
        }
        return Double.parseDouble(m.group());
    }

    private static Document read(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a readable ICDAR 2013 XML file: " + e.getMessage(), e);
        }
    }
}
