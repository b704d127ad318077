package org.selfeval.checks.text;

import org.selfeval.figures.Quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads prose enumerations: a total ("安排…资金T", "全年共支出T", "基本支出T") followed, in the
 * same sentence or a next one opening with 其中, by items with amounts ("其中：A X万元、B Y万元；C Z万元").
 * A list is closed when its items are members of one closed breakdown the total belongs to; it is
 * open when the total is one whose list may be partial (资金用途) and the items are anything else
 * but fill the sentence. A list with a closing 等, a partial intro (主要…), an item cut by a wrap
 * or, for a closed list, an unknown item in its midst, is not returned. A list written before its
 * total ("A、B、C，合计T") is read by {@link ListBeforeTotal}.
 */
final class ProseLists {

    /** One amount of a list, with the label written before it. */
    record Item(String label, Quantity amount) {
    }

    /** @param breakdown name of the closed breakdown, or null for an open list */
    record ProseList(Passages.Passage passage, Item total, List<Item> items, String breakdown) {
        boolean closed() {
            return breakdown != null;
        }
    }

    private static final String CLAUSE_BREAK = "，,；;。！？!?：:";
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
    private static final Pattern RESPECTIVELY = Pattern.compile("(?<names>[^，,；;。！？!?\\d]{2,60}?)分别(?:为|是|达|计)?[:：]?");
    private static final Pattern CHANGE_CLAUSE = Pattern.compile("[，,](?:比|较|同比)(?:上年|去年|上一年)[^，,；;。！？!?]*");
    private static final Pattern JOINER = Pattern.compile("[、，,]");
    private static final Pattern TRAILING_PAREN = Pattern.compile("[（(][^（()）]*[)）]$");
    private static final Pattern SEGMENT = Pattern.compile("[，,；;]");
    /** What may sit between two items: a share ("占基本支出的91.94%") or a parenthesis. */
    private static final Pattern ASIDE = Pattern.compile("占[^，,；;。]*%|[（(][^（()）]*[)）]|");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:\\d{1,2}[、.．)）]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)");
    private static final Pattern TRAILING_VERB = Pattern.compile("(?:为|是|共计|合计|共|计|达)$");
    private static final Pattern OPEN_LABEL = Pattern.compile("[\\p{IsHan}A-Za-z“”\"（）()·]{2,30}");

    private final Breakdowns breakdowns;
    private final Pattern intro;
    private final ListBeforeTotal listBefore;

    ProseLists(Breakdowns breakdowns) {
        this.breakdowns = breakdowns;
        this.listBefore = new ListBeforeTotal(breakdowns);
        String gap = "(?:[^，,；;。！？!?\\d" + Passages.WRAP + "]{1,30}[，,])?";
        this.intro = Pattern.compile("^[，,。]?(?<gap>" + gap + ")(?<intro>" + breakdowns.intro().pattern() + ")[:：]?");
    }

    List<ProseList> read(Passages.Passage p) {
        List<ProseList> out = new ArrayList<>();
        List<Quantity> qs = p.quantities();
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            if (!exact(q) || p.cut(q)) {
                continue;
            }
            // "安排中央水利发展资金（水土保持）1570万元": the name of the total is before the parenthesis
            ProseList before = listBefore.read(p, i);
            if (before != null) {
                out.add(before);
                continue;
            }
            String clause = TRAILING_PAREN.matcher(clauseBefore(p.text(), q.start())).replaceFirst("");
            List<Breakdowns.Closed> closed = breakdowns.closedFor(clause);
            boolean open = breakdowns.openTotal(clause);
            if (closed.isEmpty() && !open) {
                continue;
            }
            ProseList list = listAfter(p, i, new Item(breakdowns.totalName(clause), q), closed, open);
            if (list != null) {
                out.add(list);
            }
        }
        return out;
    }

    private ProseList listAfter(Passages.Passage p, int totalIndex, Item total, List<Breakdowns.Closed> closed,
                                boolean open) {
        List<Quantity> qs = p.quantities();
        String text = p.text();
        int next = nextMoney(qs, totalIndex + 1);
        int leadFrom = total.amount().end();
        // "实际支出T，比上年（的P万元）增加D万元。其中：…": the change clause belongs to the total, not to the list
        while (next >= 0 && CHANGE_CLAUSE.matcher(text.substring(total.amount().end(), qs.get(next).start())).matches()) {
            leadFrom = qs.get(next).end();
            next = nextMoney(qs, next + 1);
        }
        if (next < 0) {
            return null;
        }
        String lead = text.substring(leadFrom, qs.get(next).start());
        Matcher m = intro.matcher(lead);
        if (!m.find()) {
            Matcher names = RESPECTIVELY.matcher(lead.replaceFirst("^[，,]", ""));
            return names.matches() ? respectively(p, total, next, names.group("names"), closed, open) : null;
        }
        if (breakdowns.partialIntro().matcher(m.group("intro")).find()) {
            return null;
        }
        boolean gap = !m.group("gap").isEmpty() || leadFrom != total.amount().end();
        int from = leadFrom + m.end();
        Matcher names = RESPECTIVELY.matcher(text.substring(from, qs.get(next).start()));
        if (names.matches()) {
            return respectively(p, total, next, names.group("names"), closed, open && !gap);
        }
        Breakdowns.Closed mode = null;
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = next; j >= 0 && j < qs.size(); j = nextMoney(qs, j + 1)) {
            Quantity q = qs.get(j);
            String region = text.substring(from, q.start());
            int sentenceEnd = lastSentenceEnd(region);
            if (sentenceEnd >= 0) {
                if (mode == null) {
                    break; // an open list ends with its sentence
                }
                region = region.substring(sentenceEnd + 1); // a closed list may go on in the next sentence
            }
            boolean nextSentence = sentenceEnd >= 0;
            String[] segments = SEGMENT.split(region, -1);
            String label = cleanItem(segments[segments.length - 1]);
            boolean asides = onlyAsides(segments);
            if (items.isEmpty()) {
                mode = closed.stream().filter(c -> c.item(label)).findFirst().orElse(null);
                if (mode == null && (!open || gap)) {
                    return null;
                }
            }
            if (mode != null) {
                // Remarks between items ("，比上年增长5%；") hold no amounts; only the next label decides.
                if (!mode.item(label) || (nextSentence && seen.contains(label))) {
                    if (nextSentence || breakdowns.known(label)) {
                        break; // the list ended: a sibling total or a new sentence follows
                    }
                    return null; // an unknown item: the list is partial
                }
            } else if (!asides || !OPEN_LABEL.matcher(label).matches() || breakdowns.known(label)
                    || breakdowns.notOpenItem(label)) {
                return null;
            }
            if (!exact(q) || p.cut(q) || region.indexOf(Passages.WRAP) >= 0 || !seen.add(label)) {
                return null;
            }
            if (text.startsWith("等", q.end())) {
                return null;
            }
            items.add(new Item(label, q));
            from = q.end();
        }
        if (items.size() < 2 || (mode == null && !closesSentence(text, from, qs))) {
            return null;
        }
        return new ProseList(p, total, items, mode == null ? null : mode.name());
    }

    /**
     * "其中中央、省、县级资金分别为A万元、B万元、C万元": the names first, then as many amounts, joined
     * by nothing but 、 or ，. A short name takes the tail of the last one (省 + 级资金).
     */
    private ProseList respectively(Passages.Passage p, Item total, int first, String nameList,
                                   List<Breakdowns.Closed> closed, boolean open) {
        String[] names = nameList.split("、");
        if (names.length == 1) {
            names = nameList.split("和"); // "人员经费和公用经费分别为…"
        }
        List<Quantity> qs = p.quantities();
        List<Quantity> amounts = new ArrayList<>();
        int from = -1;
        for (int j = first; j < qs.size() && amounts.size() < names.length; j++) {
            Quantity q = qs.get(j);
            if (!exact(q) || p.cut(q) || (from >= 0 && !JOINER.matcher(p.text().substring(from, q.start())).matches())) {
                return null;
            }
            amounts.add(q);
            from = q.end();
        }
        if (names.length < 2 || amounts.size() != names.length || p.text().startsWith("等", from)) {
            return null;
        }
        String last = cleanItem(names[names.length - 1]);
        for (Breakdowns.Closed c : closed) {
            List<Item> items = new ArrayList<>();
            for (int k = 0; k < names.length; k++) {
                String label = withTail(cleanItem(names[k]), last, c);
                if (label == null) {
                    break;
                }
                items.add(new Item(label, amounts.get(k)));
            }
            if (items.size() == names.length) {
                return new ProseList(p, total, items, c.name());
            }
        }
        if (!open) {
            return null;
        }
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            String label = cleanItem(names[k]);
            if (!OPEN_LABEL.matcher(label).matches() || breakdowns.known(label) || breakdowns.notOpenItem(label)) {
                return null;
            }
            items.add(new Item(label, amounts.get(k)));
        }
        return new ProseList(p, total, items, null);
    }

    /** The name as a member of the breakdown, itself or completed with a tail of the last name; else null. */
    private static String withTail(String name, String last, Breakdowns.Closed c) {
        if (c.item(name)) {
            return name;
        }
        for (int cut = 1; cut < last.length(); cut++) {
            String candidate = name + last.substring(cut);
            if (c.item(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** An open list must run to the end of its sentence: no further amount before the 。. */
    private static boolean closesSentence(String text, int from, List<Quantity> qs) {
        Matcher end = SENTENCE_END.matcher(text);
        int stop = end.find(from) ? end.start() : text.length();
        return qs.stream().noneMatch(q -> q.start() >= from && q.start() < stop);
    }

    private static boolean onlyAsides(String[] segments) {
        for (int k = 0; k < segments.length - 1; k++) {
            if (!ASIDE.matcher(segments[k]).matches()) {
                return false;
            }
        }
        return true;
    }

    private static int lastSentenceEnd(String region) {
        int at = -1;
        Matcher m = SENTENCE_END.matcher(region);
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    private static int nextMoney(List<Quantity> qs, int from) {
        for (int j = from; j < qs.size(); j++) {
            if (qs.get(j).isMoney()) {
                return j;
            }
        }
        return -1;
    }

    static boolean exact(Quantity q) {
        return q.isMoney() && !q.approx() && q.comparator() == null && q.high() == null;
    }

    /** The text of the clause that ends at {@code end}. */
    static String clauseBefore(String text, int end) {
        int start = end;
        while (start > 0 && CLAUSE_BREAK.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return text.substring(start, end);
    }

    static String cleanItem(String raw) {
        String s = raw.replace('（', '(').replace('）', ')');
        s = s.replaceFirst("^[、:：]+", "").replaceFirst("^(?:其中|包括|含|分别为|另有)[:：]?", "");
        s = NUMBERING.matcher(s).replaceFirst("");
        return TRAILING_VERB.matcher(s).replaceFirst("");
    }
}
