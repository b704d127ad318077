package org.selfeval.checks.text.change;

import org.selfeval.figures.AmountParser;
import org.selfeval.figures.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small grammar of stated changes and balances over one sentence, read as a chain of amounts and
 * the words between them: [subject] current … (比|较) reference-word [的|（] reference [）] direction delta;
 * reference-word reference … 调整为 current … direction delta; budget X … spent Y … balance Z.
 * Operands the sentence does not give stay null (the caller resolves or gives up).
 */
public final class ChangeGrammar {

    public enum Kind { PREVIOUS_YEAR, ORIGINAL_BUDGET, BALANCE }

    /** One statement; values in the units written. sign +1 increase, −1 decrease. */
    public record Statement(Kind kind, String subject, Quantity current, Quantity reference, Quantity delta,
                            int sign, String directionWord) {
        /** The delta the operands imply, in 万元, or NaN when one is missing. */
        public double expectedWan() {
            if (current == null || reference == null) {
                return Double.NaN;
            }
            return kind == Kind.BALANCE ? current.normalised() - reference.normalised()
                    : sign * (current.normalised() - reference.normalised());
        }
    }

    /** Connectors allowed between a reference figure and the direction word: "）", "相比", "了". */
    private static final Pattern FILLER = Pattern.compile("[）)]?(?:相比|相较)?[，,]?");
    private static final Pattern SUBJECT = Pattern.compile("([\\p{IsHan}“”\"]{2,12})$");

    private final ChangeWords words;

    public ChangeGrammar(ChangeWords words) {
        this.words = words;
    }

    /** The statements of one sentence (raw text; normalised here). */
    public List<Statement> parse(String sentence) {
        String text = AmountParser.normalise(sentence);
        List<Quantity> qs = AmountParser.findAll(text).stream().filter(Quantity::isMoney).toList();
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            Quantity d = qs.get(i);
            String g0 = gap(text, qs, i);
            if (endsWith(g0, words.balance())) {
                balance(text, qs, i).ifPresent(out::add);
                continue;
            }
            Matcher dir = direction(g0);
            if (dir == null || i == 0) {
                continue;
            }
            int sign = words.increase().matcher(dir.group()).matches() ? 1 : -1;
            String before = g0.substring(0, dir.start());
            Statement first = referenceFirst(text, qs, i, sign, dir.group(), before);
            if (first != null) {
                out.add(first);
                continue;
            }
            if (!FILLER.matcher(before).matches()) {
                continue; // reference not given as a figure here: "比上年增加X" (the old path resolves those)
            }
            Quantity ref = qs.get(i - 1);
            String g1 = gap(text, qs, i - 1);
            String g1Core = g1.replaceAll("(?:的|[（(])$", "");
            Kind kind;
            Quantity current;
            if (endsWith(g1Core, words.previousYear())) {
                kind = Kind.PREVIOUS_YEAR;
            } else if (endsWith(g1Core, words.originalBudget())) {
                kind = Kind.ORIGINAL_BUDGET;
            } else if (endsWith(g1Core, words.adjustedTo())) {
                // "年初预算Y，全年预算数调整为X，调增Z": X is current; Y is the one 年初预算 figure before it.
                Quantity original = uniqueAfter(text, qs, i - 1, words.originalBudget());
                if (original == null) {
                    continue;
                }
                out.add(new Statement(Kind.ORIGINAL_BUDGET, "", ref, original, d, sign, dir.group()));
                continue;
            } else {
                continue;
            }
            Matcher refWord = lastMatch(words.previousYear().pattern() + "|" + words.originalBudget().pattern(), g1Core);
            String head = g1Core.substring(0, refWord.start()).replaceAll("(?:比|较|与|同)$", "");
            String subject = subjectOf(head);
            current = null;
            if (i >= 2 && head.replaceAll("[，,]", "").length() == subject.length()) {
                current = qs.get(i - 2); // "X万元，较年初预算数Y…" or "…X万元，比上年…"
            }
            out.add(new Statement(kind, subject, current, ref, d, sign, dir.group()));
        }
        return out;
    }

    /** Between a current figure and its delta when the reference came first: "，", "，同比". */
    private static final Pattern AFTER_CURRENT = Pattern.compile("[，,]?(?:同比)?");
    /** Between the reference and the current figure: "相比，项目支出", "变为". */
    private static final Pattern BETWEEN = Pattern.compile(
            "(?:相比|相较|比较)[，,]?(?<subject>[\\p{IsHan}“”\"]{0,20})|变为|变成|降至|增至|降为|增为");

    /**
     * The reference written first: "与上年X相比，项目支出Y，减少D", "实际支出由上年的X变为Y，同比减少D".
     * Null when the three amounts before the delta do not read so.
     */
    private Statement referenceFirst(String text, List<Quantity> qs, int i, int sign, String word, String before) {
        if (i < 2 || !AFTER_CURRENT.matcher(before).matches()) {
            return null;
        }
        Matcher between = BETWEEN.matcher(gap(text, qs, i - 1));
        String g2 = gap(text, qs, i - 2).replaceAll("的$", "");
        if (!between.matches() || !endsWith(g2, words.previousYear())) {
            return null;
        }
        Matcher refWord = lastMatch(words.previousYear().pattern(), g2);
        String head = g2.substring(0, refWord.start());
        if (!head.matches("(?s).*(?:与|比|较|由)$")) {
            return null; // "上年X，本年Y" without a connector: a list, not a comparison
        }
        String named = between.group("subject");
        String subject = named != null && !named.isEmpty() ? subjectOf(named) : subjectOf(head.substring(0, head.length() - 1));
        return new Statement(Kind.PREVIOUS_YEAR, subject, qs.get(i - 1), qs.get(i - 2), qs.get(i), sign, word);
    }

    /** The amount right after the subject in a sentence ("2024年项目支出X万元"), or null. */
    public Quantity valueOf(String subject, String sentence) {
        if (subject.isEmpty()) {
            return null;
        }
        String text = AmountParser.normalise(sentence);
        List<Quantity> qs = AmountParser.findAll(text).stream().filter(Quantity::isMoney).toList();
        Quantity found = null;
        for (int i = 0; i < qs.size(); i++) {
            String g = gap(text, qs, i);
            if (g.endsWith(subject) || g.endsWith(subject + "为")) {
                if (found != null && found.normalised() != qs.get(i).normalised()) {
                    return null; // two different candidates: ambiguous
                }
                found = qs.get(i);
            }
        }
        return found;
    }

    public boolean partial(String sentence) {
        return words.partial().matcher(sentence).find();
    }

    private java.util.Optional<Statement> balance(String text, List<Quantity> qs, int i) {
        Quantity budget = uniqueAfter(text, qs, i, words.budget());
        Quantity spent = uniqueAfter(text, qs, i, words.spent());
        if (budget == null || spent == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Statement(Kind.BALANCE, "", budget, spent, qs.get(i), 1, "结余"));
    }

    /** The single value (all candidates equal) before index {@code upTo} whose preceding words end in {@code word}. */
    private static Quantity uniqueAfter(String text, List<Quantity> qs, int upTo, Pattern word) {
        Quantity found = null;
        for (int j = 0; j < upTo; j++) {
            if (endsWith(gap(text, qs, j).replaceAll("为$", ""), word)) {
                if (found != null && Math.abs(found.normalised() - qs.get(j).normalised()) > 1e-9) {
                    return null;
                }
                found = qs.get(j);
            }
        }
        return found;
    }

    private Matcher direction(String gap) {
        String g = gap.replaceAll("了$", "");
        Matcher m = lastMatch(words.increase().pattern() + "|" + words.decrease().pattern(), g);
        return m != null && m.end() == g.length() ? m : null;
    }

    private static String subjectOf(String head) {
        String h = head.replaceAll("^.*[，,；;。：:]", "").replaceAll("^\\d{4}年度?", "");
        Matcher m = SUBJECT.matcher(h);
        return m.find() ? m.group(1) : "";
    }

    private static Matcher lastMatch(String regex, String s) {
        Matcher m = Pattern.compile("(?:" + regex + ")").matcher(s);
        Matcher last = null;
        int from = 0;
        while (from <= s.length() && m.find(from)) {
            last = Pattern.compile("(?:" + regex + ")").matcher(s);
            last.find(m.start());
            from = m.start() + 1;
        }
        return last;
    }

    private static boolean endsWith(String s, Pattern word) {
        Matcher m = lastMatch(word.pattern(), s);
        return m != null && m.end() == s.length();
    }

    private static String gap(String text, List<Quantity> qs, int i) {
        int from = i == 0 ? 0 : qs.get(i - 1).end();
        return text.substring(Math.min(from, qs.get(i).start()), qs.get(i).start());
    }
}
