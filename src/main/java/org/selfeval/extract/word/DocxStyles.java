package org.selfeval.extract.word;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The styles part of a .docx: style ids resolved through their basedOn chain to the settings
 * the extractor needs. Resolutions are cached, so a style is walked once per document.
 */
final class DocxStyles {

    private record Raw(WordStyle own, String basedOn) {
    }

    private static final int MAX_CHAIN = 32;

    private final Map<String, Raw> raw;
    private final WordStyle defaults;
    private final String defaultParagraphStyle;
    private final Map<String, WordStyle> resolved = new HashMap<>();
    private final Map<String, WordStyle> resolvedCharacter = new HashMap<>();

    private DocxStyles(Map<String, Raw> raw, WordStyle defaults, String defaultParagraphStyle) {
        this.raw = raw;
        this.defaults = defaults;
        this.defaultParagraphStyle = defaultParagraphStyle;
    }

    static DocxStyles empty() {
        return new DocxStyles(Map.of(), WordStyle.EMPTY, null);
    }

    /** The style a paragraph has: its w:pStyle, or the default paragraph style when it names none. */
    WordStyle paragraphStyle(String styleId) {
        return resolve(styleId != null ? styleId : defaultParagraphStyle, 0, defaults, resolved);
    }

    /**
     * A character style (w:rStyle) on its own, without document defaults: what it does not set
     * comes from the paragraph style instead.
     */
    WordStyle characterStyle(String styleId) {
        return resolve(styleId, 0, WordStyle.EMPTY, resolvedCharacter);
    }

    private WordStyle resolve(String id, int depth, WordStyle root, Map<String, WordStyle> cache) {
        if (id == null) {
            return root;
        }
        WordStyle cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        Raw r = raw.get(id);
        WordStyle result;
        if (r == null) {
            result = root;
        } else {
            WordStyle parent = r.basedOn() != null && depth < MAX_CHAIN && !r.basedOn().equals(id)
                    ? resolve(r.basedOn(), depth + 1, root, cache) : root;
            result = r.own().inherit(parent);
        }
        cache.put(id, result);
        return result;
    }

    static DocxStyles parse(InputStream in) throws IOException {
        return Xml.readPart(in, "styles", DocxStyles::read);
    }

    private static DocxStyles read(XMLStreamReader r) throws XMLStreamException {
        Map<String, Raw> styles = new HashMap<>();
        Builder defaults = new Builder();
        Builder current = null;
        String defaultParagraph = null;
        boolean inDefaults = false;
        boolean inRPr = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && Xml.isW(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "docDefaults" -> inDefaults = false;
                    case "rPr" -> inRPr = false;
                    case "style" -> {
                        if (current != null && current.id != null) {
                            styles.put(current.id, new Raw(current.build(), current.basedOn));
                        }
                        current = null;
                    }
                    default -> { }
                }
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT || !Xml.isW(r.getNamespaceURI())) {
                continue;
            }
            String name = r.getLocalName();
            switch (name) {
                case "docDefaults" -> inDefaults = true;
                case "style" -> {
                    String type = Xml.attr(r, "type");
                    if ("table".equals(type) || "numbering".equals(type)) {
                        Xml.skip(r);
                        continue;
                    }
                    current = new Builder();
                    current.id = Xml.attr(r, "styleId");
                    String isDefault = Xml.attr(r, "default");
                    if ("paragraph".equals(type) && ("1".equals(isDefault) || "true".equals(isDefault))) {
                        defaultParagraph = current.id;
                    }
                }
                case "tblStylePr", "rPrChange", "pPrChange", "tblPr", "trPr", "tcPr" -> Xml.skip(r);
                case "rPr" -> inRPr = true;
                default -> {
                    Builder target = current != null ? current : inDefaults ? defaults : null;
                    if (target != null) {
                        target.set(name, r, inRPr);
                    }
                }
            }
        }
        return new DocxStyles(styles, defaults.build(), defaultParagraph);
    }

    private static final class Builder {
        String id;
        String name;
        String basedOn;
        Integer outlineLevel;
        Boolean centered;
        Integer halfPoints;
        Boolean bold;
        String numId;
        Integer ilvl;

        void set(String element, XMLStreamReader r, boolean inRPr) {
            switch (element) {
                case "name" -> name = Xml.attr(r, "val");
                case "basedOn" -> basedOn = Xml.attr(r, "val");
                case "outlineLvl" -> outlineLevel = Xml.intAttr(r, "val");
                case "jc" -> centered = "center".equals(Xml.attr(r, "val"));
                case "numId" -> numId = Xml.attr(r, "val");
                case "ilvl" -> ilvl = Xml.intAttr(r, "val");
                case "sz" -> halfPoints = inRPr ? Xml.intAttr(r, "val") : halfPoints;
                case "b" -> bold = inRPr ? Xml.onOff(r) : bold;
                default -> { }
            }
        }

        WordStyle build() {
            return new WordStyle(name, outlineLevel, centered, halfPoints, bold, numId, ilvl);
        }
    }
}
