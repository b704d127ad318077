package org.selfeval.checks.text;

import org.selfeval.figures.Quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A prose list written before its total: "项目资金来源为：A X万元、B Y万元，合计T", "A X万元；B Y万元，共计支出T".
 * The clause before T holds only a sum word (breakdowns.yaml, sum_after_list) and follows the last item
 * right after a separator. Items run back, label first, joined by 、，；, to the start of their clause; the
 * list must open its sentence (no other amount before it) and its lead must not be partial (其中, 主要 …).
 * Uses may be written amount first ("X万元用于A；Y万元用于B，共计支出T").
 * It is closed when every item belongs to one closed breakdown; open (checked one way) only when the sum
 * word is one of spending and the items are unknown uses. Anything else stays unread.
 */
final class ListBeforeTotal {

    private static final String SEPARATORS = "、，,；;";
    private static final String CLAUSE_BREAK = "，,；;。！？!?：:";
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
    private static final Pattern SPENDING = Pattern.compile("支出|使用");
    private static final Pattern OPEN_LABEL = Pattern.compile("[\\p{IsHan}A-Za-z“”\"（）()·]{2,30}");
    private static final Pattern PARTIAL_LEAD = Pattern.compile("其中|包括|含");
    private static final String USED_FOR = "用于";

    private final Breakdowns breakdowns;

    ListBeforeTotal(Breakdowns breakdowns) {
        this.breakdowns = breakdowns;
    }

    /** The list closed by the total at {@code totalIndex}, or null. */
    ProseLists.ProseList read(Passages.Passage p, int totalIndex) {
        List<Quantity> qs = p.quantities();
        String text = p.text();
        Quantity total = qs.get(totalIndex);
        String sum = ProseLists.clauseBefore(text, total.start());
        int sumStart = total.start() - sum.length();
        if (!breakdowns.sumAfterList(sum) || sumStart < 1 || SEPARATORS.indexOf(text.charAt(sumStart - 1)) < 0) {
            return null;
        }
        ProseLists.ProseList usesFirst = amountsFirst(p, totalIndex, sumStart - 1, sum);
        if (usesFirst != null) {
            return usesFirst;
        }
        List<ProseLists.Item> items = new ArrayList<>();
        int end = sumStart - 1; // the separator right before the sum word
        int j = previousMoney(qs, totalIndex - 1);
        while (j >= 0) {
            Quantity q = qs.get(j);
            if (q.end() != end || !ProseLists.exact(q) || p.cut(q)) {
                return null; // "A、B等，合计T" or something between the item and the next one
            }
            int prevEnd = j == 0 ? 0 : qs.get(j - 1).end();
            int k = previousMoney(qs, j - 1);
            String region = text.substring(prevEnd, q.start());
            int labelStart = q.start();
            while (labelStart > prevEnd && (SEPARATORS + CLAUSE_BREAK).indexOf(text.charAt(labelStart - 1)) < 0) {
                labelStart--;
            }
            String label = ProseLists.cleanItem(text.substring(labelStart, q.start()));
            if (label.isEmpty() || region.indexOf(Passages.WRAP) >= 0) {
                return null;
            }
            items.add(0, new ProseLists.Item(label, q));
            boolean joined = k >= 0 && k == j - 1 && labelStart - 1 == qs.get(k).end()
                    && SEPARATORS.indexOf(text.charAt(labelStart - 1)) >= 0
                    && !SENTENCE_END.matcher(text.substring(qs.get(k).end(), labelStart)).find();
            if (!joined) {
                if (!openingLead(text, qs, j, labelStart)) {
                    return null;
                }
                break;
            }
            end = labelStart - 1;
            j = k;
        }
        return items.size() < 2 ? null : classify(p, total, sum, items);
    }

    /**
     * Uses written amount first, "X万元用于A；Y万元用于B，共计支出T": each amount followed by 用于 and its
     * label up to the separator before the next amount (or before the sum word).
     */
    private ProseLists.ProseList amountsFirst(Passages.Passage p, int totalIndex, int end, String sum) {
        List<Quantity> qs = p.quantities();
        String text = p.text();
        List<ProseLists.Item> items = new ArrayList<>();
        int j = previousMoney(qs, totalIndex - 1);
        while (j >= 0) {
            Quantity q = qs.get(j);
            String after = text.substring(q.end(), end);
            if (!after.startsWith(USED_FOR) || !ProseLists.exact(q) || p.cut(q)) {
                return null;
            }
            String label = ProseLists.cleanItem(after.substring(USED_FOR.length()));
            if (label.endsWith("等")) {
                return null; // "…用于B等，共计支出T": a partial list
            }
            for (char c : label.toCharArray()) {
                if ((SEPARATORS + CLAUSE_BREAK).indexOf(c) >= 0 || c == Passages.WRAP) {
                    return null;
                }
            }
            items.add(0, new ProseLists.Item(label, q));
            int k = previousMoney(qs, j - 1);
            boolean joined = k == j - 1 && k >= 0 && q.start() >= 1 && SEPARATORS.indexOf(text.charAt(q.start() - 1)) >= 0
                    && text.substring(qs.get(k).end(), q.start() - 1).startsWith(USED_FOR);
            if (!joined) {
                if (!openingLead(text, qs, j, q.start())) {
                    return null;
                }
                break;
            }
            end = q.start() - 1;
            j = k;
        }
        return items.size() < 2 ? null : classify(p, qs.get(totalIndex), sum, items);
    }

    /** The words before the first item: the sentence's start, no amount, nothing partial. */
    private boolean openingLead(String text, List<Quantity> qs, int first, int labelStart) {
        int sentenceStart = labelStart;
        while (sentenceStart > 0 && !SENTENCE_END.matcher(String.valueOf(text.charAt(sentenceStart - 1))).matches()) {
            sentenceStart--;
        }
        String lead = text.substring(sentenceStart, labelStart);
        for (int k = first - 1; k >= 0 && qs.get(k).start() >= sentenceStart; k--) {
            if (qs.get(k).isMoney()) {
                return false;
            }
        }
        return !PARTIAL_LEAD.matcher(lead).find() && !breakdowns.partialIntro().matcher(lead).find()
                && (labelStart == 0 || CLAUSE_BREAK.indexOf(text.charAt(labelStart - 1)) >= 0);
    }

    private ProseLists.ProseList classify(Passages.Passage p, Quantity total, String sum, List<ProseLists.Item> items) {
        Set<String> seen = new HashSet<>();
        for (ProseLists.Item it : items) {
            if (!seen.add(it.label())) {
                return null;
            }
        }
        ProseLists.Item t = new ProseLists.Item(sum.replaceFirst("(?:为|达)$", ""), total);
        for (Breakdowns.Closed c : breakdowns.closedBreakdowns()) {
            if (items.stream().allMatch(it -> c.item(it.label()))) {
                return new ProseLists.ProseList(p, t, items, c.name());
            }
        }
        if (!SPENDING.matcher(sum).find()) {
            return null;
        }
        for (ProseLists.Item it : items) {
            if (!OPEN_LABEL.matcher(it.label()).matches() || breakdowns.known(it.label())
                    || breakdowns.notOpenItem(it.label())) {
                return null;
            }
        }
        return new ProseLists.ProseList(p, t, items, null);
    }

    private static int previousMoney(List<Quantity> qs, int from) {
        for (int j = from; j >= 0; j--) {
            if (qs.get(j).isMoney()) {
                return j;
            }
        }
        return -1;
    }
}
