package org.selfeval.extract.word;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads paragraph (w:pPr) and run (w:rPr) properties; what they leave unset comes from styles. */
final class DocxProperties {

    private DocxProperties() {
    }

    /** Run properties in effect for the run being read. */
    static final class RunProps {
        Integer halfPoints;
        boolean bold;
    }

    /** Paragraph properties as written on the paragraph; the style fills the gaps. */
    static final class ParaProps {
        String styleId;
        Integer outlineLevel;
        Boolean centered;
        String numId;
        Integer ilvl;
        boolean pageBreakBefore;
        private final DocxStyles styles;
        private WordStyle resolved;

        ParaProps(DocxStyles styles) {
            this.styles = styles;
        }

        WordStyle style() {
            if (resolved == null) {
                resolved = styles.paragraphStyle(styleId);
            }
            return resolved;
        }

        String numId() {
            return numId != null ? numId : style().numId();
        }

        int ilvl() {
            Integer l = ilvl != null ? ilvl : style().ilvl();
            return l == null ? 0 : l;
        }
    }

    static void readParagraph(XMLStreamReader r, ParaProps props) throws XMLStreamException {
        Subtree subtree = new Subtree(r);
        while (subtree.nextStart()) {
            String name = r.getLocalName();
            if (!Xml.isW(r.getNamespaceURI()) || name.equals("rPr") || name.equals("pPrChange")
                    || name.equals("sectPr")) {
                Xml.skip(r);
                continue;
            }
            switch (name) {
                case "pStyle" -> props.styleId = Xml.attr(r, "val");
                case "outlineLvl" -> props.outlineLevel = Xml.intAttr(r, "val");
                case "jc" -> props.centered = "center".equals(Xml.attr(r, "val"));
                case "numId" -> props.numId = Xml.attr(r, "val");
                case "ilvl" -> props.ilvl = Xml.intAttr(r, "val");
                case "pageBreakBefore" -> {
                    props.pageBreakBefore = Xml.onOff(r);
                }
                default -> { }
            }
            subtree.descend();
        }
    }

    static void readRun(XMLStreamReader r, RunProps run, WordStyle paragraphStyle, DocxStyles styles)
            throws XMLStreamException {
        Subtree subtree = new Subtree(r);
        while (subtree.nextStart()) {
            if (Xml.isW(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "rStyle" -> {
                        WordStyle cs = styles.characterStyle(Xml.attr(r, "val"));
                        if (cs.halfPoints() != null) {
                            run.halfPoints = cs.halfPoints();
                        }
                        if (cs.bold() != null) {
                            run.bold = cs.bold();
                        }
                    }
                    case "sz" -> {
                        Integer sz = Xml.intAttr(r, "val");
                        run.halfPoints = sz != null ? sz : paragraphStyle.halfPoints();
                    }
                    case "b" -> run.bold = Xml.onOff(r);
                    case "rPrChange" -> {
                        Xml.skip(r);
                        continue;
                    }
                    default -> { }
                }
            }
            subtree.descend();
        }
    }
}
