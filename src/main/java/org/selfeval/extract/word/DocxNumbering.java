package org.selfeval.extract.word;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbering part of a .docx: list instances (w:num) mapped to their level definitions
 * (w:abstractNum, with w:lvlOverride start overrides applied), plus the running counters.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;

    private final Map<String, ListLevel[]> lists;
    private final ListCounters counters = new ListCounters();

    private DocxNumbering(Map<String, ListLevel[]> lists) {
        this.lists = lists;
    }

    static DocxNumbering empty() {
        return new DocxNumbering(Map.of());
    }

    /** The label of the next item of list {@code numId} at level {@code ilvl}; "" when none shows. */
    String nextLabel(String numId, int ilvl) {
        if (numId == null || numId.equals("0")) {
            return "";
        }
        ListLevel[] levels = lists.get(numId);
        return levels == null ? "" : counters.next(numId, ilvl, levels);
    }

    static DocxNumbering parse(InputStream in) throws IOException {
        return Xml.readPart(in, "numbering", DocxNumbering::read);
    }

    private static DocxNumbering read(XMLStreamReader r) throws XMLStreamException {
        Map<String, ListLevel[]> abstracts = new HashMap<>();
        Map<String, String> numToAbstract = new HashMap<>();
        Map<String, Map<Integer, Integer>> startOverrides = new HashMap<>();
        ListLevel[] currentAbstract = null;
        String currentNum = null;
        int lvl = -1;
        Integer start = null;
        String format = null;
        String text = null;
        boolean legal = false;
        int overrideLvl = -1;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && Xml.isW(r.getNamespaceURI())) {
                String name = r.getLocalName();
                if (name.equals("lvl") && currentAbstract != null && lvl >= 0 && lvl < LEVELS) {
                    currentAbstract[lvl] = new ListLevel(start == null ? 1 : start,
                            format == null ? "decimal" : format, text, legal);
                    lvl = -1;
                } else if (name.equals("abstractNum")) {
                    currentAbstract = null;
                } else if (name.equals("num")) {
                    currentNum = null;
                }
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT || !Xml.isW(r.getNamespaceURI())) {
                continue;
            }
            switch (r.getLocalName()) {
                case "abstractNum" -> {
                    currentAbstract = new ListLevel[LEVELS];
                    abstracts.put(Xml.attr(r, "abstractNumId"), currentAbstract);
                }
                case "num" -> currentNum = Xml.attr(r, "numId");
                case "abstractNumId" -> {
                    if (currentNum != null) {
                        numToAbstract.put(currentNum, Xml.attr(r, "val"));
                    }
                }
                case "lvlOverride" -> overrideLvl = intOr(Xml.intAttr(r, "ilvl"), -1);
                case "startOverride" -> {
                    if (currentNum != null && overrideLvl >= 0) {
                        startOverrides.computeIfAbsent(currentNum, k -> new HashMap<>())
                                .put(overrideLvl, intOr(Xml.intAttr(r, "val"), 1));
                    }
                }
                case "lvl" -> {
                    if (currentAbstract != null) {
                        lvl = intOr(Xml.intAttr(r, "ilvl"), -1);
                        start = null;
                        format = null;
                        text = null;
                        legal = false;
                    } else {
                        // A full level redefinition inside w:lvlOverride is rare; keep the abstract one.
                        Xml.skip(r);
                    }
                }
                case "start" -> start = Xml.intAttr(r, "val");
                case "numFmt" -> {
                    // Word 2010+ puts a "custom" format in mc:Choice and a standard one in mc:Fallback.
                    String f = Xml.attr(r, "val");
                    if (f != null && !f.equals("custom")) {
                        format = f;
                    }
                }
                case "lvlText" -> text = Xml.attr(r, "val");
                case "isLgl" -> legal = Xml.onOff(r);
                case "pPr", "rPr" -> Xml.skip(r);
                default -> { }
            }
        }
        Map<String, ListLevel[]> lists = new HashMap<>();
        numToAbstract.forEach((numId, abstractId) -> {
            ListLevel[] base = abstracts.get(abstractId);
            if (base == null) {
                return;
            }
            ListLevel[] levels = base.clone();
            startOverrides.getOrDefault(numId, Map.of()).forEach((i, s) -> {
                if (i < LEVELS && levels[i] != null) {
                    levels[i] = levels[i].withStart(s);
                }
            });
            lists.put(numId, levels);
        });
        return new DocxNumbering(lists);
    }

    private static int intOr(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
