package org.selfeval.figures;

import org.selfeval.model.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Figures in running text. The label of a number is the nearest domain term before it in its
 * clause (clauses end at ，；。 — "其中：" does not end one), found among the segmenter's tokens.
 * A clause that only states a change or a share ("比上年减少0.35万元", "占基本支出的91.94%") speaks
 * of the previous figure's item. Numbers with no unit are not figures here (list numbers,
 * ordinals); numbers with no recognisable label are kept with a label built from the nouns before
 * them but no canonical name, so checks do not compare them.
 */
final class TextFigures {

    private static final String CLAUSE_END = "，,；;。！？!?\n";
    private static final String SENTENCE_END = "；;。！？!?\n";
    /** Year and stage carry across "；" inside a "其中：" list, so periods are looked up per full sentence. */
    private static final String FULL_STOP = "。！？!?\n";
    /** How far before its number a term may be and still be its label. */
    private static final int MAX_GAP = 20;
    private static final int MAX_SNIPPET = 60;
    private static final int MAX_FALLBACK = 12;
    private static final Set<String> NOUNISH = Set.of("n", "nz", "nnt", "nnd", "nf", "ng", "nh", "nhd", "nhm",
            "ni", "nic", "nis", "nit", "nm", "nmc", "nn", "vn", "j", "gi", "gm", "gc", "gb", "gg", "gp");

    /** Words that end a fallback label rather than belong to it ("增加值同比增长9.2%"). */
    private static final Set<String> COMPARISON_WORDS = Set.of("同比", "环比", "比", "较", "比上年", "较上年");

    private final Segmenter segmenter;
    private final FigureLabels labels;

    TextFigures(Segmenter segmenter, FigureLabels labels) {
        this.segmenter = segmenter;
        this.labels = labels;
    }

    /** A figure and where its number starts in the text it was read from. */
    record Placed(Figure figure, int offset) {
        Figure onPage(int page) {
            Figure f = figure;
            return page == f.page() ? f : new Figure(f.label(), f.period(), f.value(), f.unit(), f.comparator(),
                    f.approx(), f.source(), page, f.snippet(), f.rowHeader(), f.colHeader(), f.table(), f.row(),
                    f.col(), f.ocr(), f.canonical());
        }
    }

    /** The figures of one paragraph or heading text. */
    List<Figure> extract(String raw, int page, boolean ocr) {
        return extractPlaced(raw, page, ocr).stream().map(Placed::figure).toList();
    }

    /** As {@link #extract(String, int, boolean)}, on page 0, with offsets (the caller sets the pages). */
    List<Placed> extractPlaced(String raw, boolean ocr) {
        return extractPlaced(raw, 0, ocr);
    }

    private List<Placed> extractPlaced(String raw, int page, boolean ocr) {
        List<Quantity> quantities = AmountParser.findAll(raw).stream()
                .filter(q -> !q.unit().isEmpty())
                .toList();
        if (quantities.isEmpty()) {
            return List.of();
        }
        String written = AmountParser.normalise(raw);
        String text = bridgeQuotes(written);
        List<Token> tokens = segmentAround(text, quantities);
        List<Placed> out = new ArrayList<>();
        String subject = null;
        int subjectSentence = -1;
        int previousEnd = 0;
        boolean afterBase = false;
        for (Quantity q : quantities) {
            int clause = boundaryBefore(text, q.start(), CLAUSE_END);
            int sentence = boundaryBefore(text, q.start(), SENTENCE_END);
            int clauseEnd = boundaryAfter(text, q.end(), CLAUSE_END);
            if (subjectSentence != sentence) {
                subject = null;
            }
            int lower = Math.max(clause, previousEnd);
            previousEnd = q.end();
            // After a comparison base ("比上年（760万元）增加60万元") the change words span the base.
            String before = afterBase && lower > clause
                    ? Periods.withoutBase(text.substring(clause, q.start())) : text.substring(lower, q.start());
            boolean isBase = Periods.comparisonBase(text.substring(lower, q.start()));
            afterBase = isBase;

            Labelled l = label(tokens, text, lower, q.start(), subject, before);
            if (l == null) {
                continue;
            }
            if (l.item != null) {
                subject = l.item;
                subjectSentence = sentence;
            }
            String change = Periods.change(before);
            String period = change != null ? change
                    : isBase ? "上年"
                    : Periods.cumulative(before) ? "累计"
                    : period(text, q.start(), l.stageText);
            String next = clauseEnd < text.length() && FULL_STOP.indexOf(text.charAt(clauseEnd)) < 0
                    ? text.substring(clauseEnd + 1, boundaryAfter(text, clauseEnd + 1, CLAUSE_END)) : null;
            String canonical = labels.canonicalWith(l.canonical, text.substring(q.end(), clauseEnd), next);
            int snippetStart = l.carried ? boundaryBefore(text, Math.max(0, clause - 1), CLAUSE_END) : clause;
            out.add(new Placed(new Figure(l.label, period, q.value(), q.unit(), q.comparator(), q.approx(), "text", page,
                    // The snippet quotes the words as written (not bridged), so the sentence holding it is found.
                    snippet(written, snippetStart, clauseEnd, q), null, null, null, null, null, ocr, canonical),
                    q.start()));
        }
        return out;
    }

    /**
     * Year from the sentence up to the number; stage from the words between label and number,
     * else — for an item of a "其中：" list — from the clause the list hangs from
     * ("三公经费预算1.2万元，其中：公务接待1.2万元" → 公务接待 is a 预算 figure too).
     */
    private static String period(String text, int numberStart, String stageText) {
        int sentence = boundaryBefore(text, numberStart, FULL_STOP);
        String upTo = text.substring(sentence, numberStart);
        String stage = Periods.stage(stageText);
        int among = upTo.lastIndexOf("其中");
        if (stage == null && among > 0) {
            int parent = boundaryBefore(upTo, Math.max(0, among - 1), CLAUSE_END);
            stage = Periods.stage(upTo.substring(parent, among));
        }
        return Periods.of(Periods.year(upTo), stage);
    }

    private static final String OPEN_QUOTES = "“‘\"";
    private static final String CLOSE_QUOTES = "”’\"";
    private static final int MAX_QUOTED = 8;

    /**
     * A term written with part of it quoted ("“三公”经费") is cut by the quotes; the closing quote
     * is moved past the rest of the longest known term ("“三公经费”"), so the segmenter sees one
     * word. The text keeps its length, so every offset still holds.
     */
    String bridgeQuotes(String text) {
        StringBuilder sb = null;
        for (int close = 1; close < text.length(); close++) {
            if (CLOSE_QUOTES.indexOf(text.charAt(close)) < 0) {
                continue;
            }
            int open = close - 1;
            while (open >= 0 && close - open <= MAX_QUOTED && OPEN_QUOTES.indexOf(text.charAt(open)) < 0) {
                open--;
            }
            if (open < 0 || close - open > MAX_QUOTED || close - open < 2) {
                continue;
            }
            String quoted = text.substring(open + 1, close);
            for (int k = Math.min(MAX_QUOTED, text.length() - close - 1); k >= 1; k--) {
                String rest = text.substring(close + 1, close + 1 + k);
                if (labels.isItem(quoted + rest) || labels.isMeasure(quoted + rest)) {
                    if (sb == null) {
                        sb = new StringBuilder(text);
                    }
                    sb.replace(open + 1, close + 1 + k, quoted + rest + text.charAt(close));
                    close += k;
                    break;
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Segments only the stretch of the paragraph from the first figure's sentence to the last
     * figure (long paragraphs are mostly prose without figures), with offsets into the whole text.
     */
    private List<Token> segmentAround(String text, List<Quantity> quantities) {
        int from = boundaryBefore(text, quantities.get(0).start(), SENTENCE_END);
        int to = quantities.get(quantities.size() - 1).start();
        List<Token> tokens = segmenter.segment(text.substring(from, to));
        if (from == 0) {
            return tokens;
        }
        return tokens.stream().map(t -> new Token(t.word(), t.nature(), t.start() + from, t.end() + from)).toList();
    }

    /** A label, the item it names (for later change/share clauses), and where to look for the stage. */
    private record Labelled(String label, String canonical, String item, String stageText, boolean carried) {
    }

    private Labelled label(List<Token> tokens, String text, int lower, int numberStart, String subject,
                           String before) {
        Token item = null;
        Token measure = null;
        Token share = null;
        int shareAt = text.lastIndexOf('占', numberStart - 1);
        if (shareAt < lower) {
            shareAt = -1;
        }
        for (Token t : tokens) {
            if (t.start() < lower || t.end() > numberStart || !t.isDomainTerm()) {
                continue;
            }
            if (shareAt >= 0 && t.start() > shareAt) {
                share = labels.isItem(t.word()) ? t : share;
            } else if (labels.isItem(t.word())) {
                item = t;
            } else if (labels.isMeasure(t.word())) {
                measure = t;
            }
        }
        if (item != null && numberStart - item.end() > MAX_GAP) {
            item = null;
        }
        String stageText = text.substring(item != null ? item.start() : lower, numberStart);
        if (share != null) {
            String subj = item != null ? item.word() : subject;
            String whole = share.word();
            String label = subj == null ? "占" + whole : subj + "占" + whole;
            String canon = subj == null ? null : join(labels.canonicalOf(subj), labels.canonicalOf(whole));
            return new Labelled(label, canon, subj, stageText, item == null && subj != null);
        }
        if (item != null) {
            return new Labelled(item.word(), labels.canonicalOf(item.word()), item.word(), stageText, false);
        }
        if (subject != null && (Periods.change(before) != null || Periods.comparisonBase(before))) {
            return new Labelled(subject, labels.canonicalOf(subject), subject, stageText, true);
        }
        if (measure != null) {
            return new Labelled(measure.word(), labels.canonicalOf(measure.word()), null, stageText, false);
        }
        String fallback = nounsBefore(tokens, lower, numberStart);
        return fallback == null ? null : new Labelled(fallback, null, null, stageText, false);
    }

    private static String join(String a, String b) {
        return a == null || b == null ? null : a + "占" + b;
    }

    /** The run of nouns just before a number, past a few verbs/adverbs ("新增规模工业企业6家" → 规模工业企业). */
    private static String nounsBefore(List<Token> tokens, int lower, int numberStart) {
        int i = tokens.size() - 1;
        while (i >= 0 && tokens.get(i).end() > numberStart) {
            i--;
        }
        int skipped = 0;
        while (i >= 0 && tokens.get(i).start() >= lower
                && (!nounish(tokens.get(i)) || COMPARISON_WORDS.contains(tokens.get(i).word())) && skipped < 3
                && !tokens.get(i).nature().startsWith("w")) {
            i--;
            skipped++;
        }
        StringBuilder sb = new StringBuilder();
        while (i >= 0 && tokens.get(i).start() >= lower && nounish(tokens.get(i))
                && !COMPARISON_WORDS.contains(tokens.get(i).word())
                && sb.length() + tokens.get(i).word().length() <= MAX_FALLBACK) {
            sb.insert(0, tokens.get(i).word());
            i--;
        }
        return sb.length() < 2 ? null : sb.toString();
    }

    private static boolean nounish(Token t) {
        return NOUNISH.contains(t.nature()) || t.isDomainTerm();
    }

    private static int boundaryBefore(String text, int at, String stops) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int boundaryAfter(String text, int at, String stops) {
        for (int i = at; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static String snippet(String text, int start, int end, Quantity q) {
        String s = text.substring(start, end).strip();
        if (s.length() <= MAX_SNIPPET) {
            return s;
        }
        int from = Math.max(start, Math.min(q.end() + 10, end) - MAX_SNIPPET);
        return text.substring(from, Math.min(end, from + MAX_SNIPPET)).strip();
    }
}
