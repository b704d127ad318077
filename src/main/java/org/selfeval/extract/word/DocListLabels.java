package org.selfeval.extract.word;

import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

import java.util.HashMap;
import java.util.Map;

/** Automatic list labels of a .doc, from the list tables (LSTF/LFO) via POI's HWPFList. */
final class DocListLabels {

    private static final int LEVELS = 9;

    private final Map<Integer, ListLevel[]> levelsByList = new HashMap<>();
    private final boolean hasLists;

    DocListLabels(boolean hasLists) {
        // WPS writes list flags on paragraphs of files that have no list tables at all.
        this.hasLists = hasLists;
    }
    private final ListCounters counters = new ListCounters();

    /** The label Word shows in front of {@code p}, or "" when it is no numbered list item. */
    String next(Paragraph p) {
        if (!hasLists || !p.isInList() || p.getIlfo() <= 0) {
            return "";
        }
        HWPFList list = p.getList();
        if (list == null) {
            return "";
        }
        ListLevel[] levels = levelsByList.computeIfAbsent(p.getIlfo(), k -> levels(list));
        return counters.next("lfo" + p.getIlfo(), p.getIlvl(), levels);
    }

    private static ListLevel[] levels(HWPFList list) {
        int count = Math.min(LEVELS, list.getListData().numLevels());
        ListLevel[] levels = new ListLevel[LEVELS];
        for (int i = 0; i < count; i++) {
            char level = (char) i;
            levels[i] = new ListLevel(list.getStartAt(level), NumberFormats.fromNfc(list.getNumberFormat(level)),
                    template(list.getNumberText(level)), false);
        }
        return levels;
    }

    /** Word 97 marks the place of level n's number with the character n (0…8); OOXML writes %n+1. */
    private static String template(String numberText) {
        if (numberText == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(numberText.length() + 4);
        for (char c : numberText.toCharArray()) {
            if (c < LEVELS) {
                sb.append('%').append((char) ('1' + c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
