package org.selfeval.profile;

import org.selfeval.figures.HanlpSegmenter;
import org.selfeval.figures.Segmenter;
import org.selfeval.figures.Token;
import org.selfeval.model.Block;
import org.selfeval.model.Heading;
import org.selfeval.model.NumberingScheme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Decides which top-level heading of a report stands for which required part of a profile.
 *
 * <p>An alias pattern decides first. A heading no pattern took still carries a part's meaning
 * when it shares that part's key words ("绩效自评工作开展情况" for 绩效评价工作开展情况,
 * "绩效情况分析" for 绩效目标完成情况分析): the titles' words are compared with each word
 * weighted by its rarity among the profile's part titles, so the words that tell the parts apart
 * decide, not 情况 or 支出. Each heading stands for one part at most, and each part for one heading.
 */
public final class PartMatcher {

    private final OutlineMatchRules rules;
    private final Segmenter segmenter;
    /** Per profile id: each word of its part titles and its weight (1 / number of titles holding it). */
    private final Map<String, Map<String, Double>> weights = new ConcurrentHashMap<>();
    /** Words of the profiles' part titles: a fixed set from config, segmented once, not per document. */
    private final Map<String, Set<String>> titleWords = new ConcurrentHashMap<>();
    /**
     * Words of headings: the genre's headings repeat across reports and every profile is tried on
     * each report, so a bounded LRU saves most segmentations.
     */
    private final Map<String, Set<String>> headingWords = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
                    return size() > HEADING_CACHE;
                }
            });
    private static final int HEADING_CACHE = 4096;

    public PartMatcher(OutlineMatchRules rules) {
        this.rules = rules;
        Set<String> words = new LinkedHashSet<>(rules.terms());
        words.addAll(rules.synonyms().keySet());
        this.segmenter = Double.isFinite(rules.threshold()) && !words.isEmpty() ? new HanlpSegmenter(words) : null;
    }

    public OutlineMatchRules rules() {
        return rules;
    }

    /** Index of the first attachment heading (附件 or a table title); the body ends there. */
    public static int bodyEnd(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h && h.scheme() == NumberingScheme.ATTACHMENT) {
                return i;
            }
        }
        return blocks.size();
    }

    /** The top-level headings before {@code bodyEnd} (where the attachments begin), by block index. */
    public static List<Integer> topHeadings(List<Block> blocks, int bodyEnd) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < bodyEnd; i++) {
            if (blocks.get(i) instanceof Heading h && h.level() == 1 && h.scheme() != NumberingScheme.ATTACHMENT) {
                out.add(i);
            }
        }
        return out;
    }

    /** Block index of each top-level body heading that stands for a part of {@code profile}. */
    public Map<Integer, RuleProfile.Part> assign(List<Block> blocks, int bodyEnd, RuleProfile profile) {
        List<Integer> tops = topHeadings(blocks, bodyEnd);
        Map<Integer, RuleProfile.Part> out = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (RuleProfile.Part part : profile.bodyParts()) {
            for (int i : tops) {
                if (!out.containsKey(i) && patternMatches(part.pattern(), title(blocks, i))) {
                    out.put(i, part);
                    taken.add(part.id());
                    break;
                }
            }
        }
        if (segmenter == null) {
            return out;
        }
        record Pair(int block, RuleProfile.Part part, double score) {
        }
        Map<String, Double> w = weights(profile);
        List<Pair> pairs = new ArrayList<>();
        for (int i : tops) {
            if (out.containsKey(i)) {
                continue;
            }
            Set<String> heading = headingWords(title(blocks, i));
            for (RuleProfile.Part part : profile.bodyParts()) {
                double s = taken.contains(part.id()) ? 0 : dice(heading, titleWords(part.title()), w);
                if (s >= rules.threshold()) {
                    pairs.add(new Pair(i, part, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        for (Pair p : pairs) {
            if (!out.containsKey(p.block()) && taken.add(p.part().id())) {
                out.put(p.block(), p.part());
            }
        }
        return out;
    }

    /**
     * How well the report's whole top-level outline fits the profile: F1 of the parts found and
     * of the headings that stand for a part. An extra chapter costs a little, a foreign outline a lot.
     */
    public double fit(List<Block> blocks, int bodyEnd, RuleProfile profile) {
        int tops = topHeadings(blocks, bodyEnd).size();
        if (tops == 0 || profile.bodyParts().isEmpty()) {
            return 0;
        }
        return 2.0 * assign(blocks, bodyEnd, profile).size() / (tops + profile.bodyParts().size());
    }

    /** Weighted Dice overlap of a heading's words with a part title's words, under a profile's weights. */
    double similarity(String heading, String partTitle, RuleProfile profile) {
        return segmenter == null ? 0 : dice(headingWords(heading), titleWords(partTitle), weights(profile));
    }

    /**
     * Whether a heading title matches a part's aliases: as written, and with spaces and brackets
     * removed (OCR and PDF text drop or add them: "部门单位) 基本情况").
     */
    private static final Pattern LOOSE_MARKS = Pattern.compile("[\\s\\u3000()（）\\[\\]【】]");

    public static boolean patternMatches(Pattern pattern, String title) {
        if (pattern.matcher(title).find()) {
            return true;
        }
        String bare = LOOSE_MARKS.matcher(title).replaceAll("");
        return bare.length() != title.length() && pattern.matcher(bare).find();
    }

    private static String title(List<Block> blocks, int i) {
        return ((Heading) blocks.get(i)).title();
    }

    private static double dice(Set<String> a, Set<String> b, Map<String, Double> w) {
        double shared = 0;
        double total = 0;
        for (String x : a) {
            double wx = w.getOrDefault(x, 1.0);
            total += wx;
            if (b.contains(x)) {
                shared += wx;
            }
        }
        for (String x : b) {
            total += w.getOrDefault(x, 1.0);
        }
        return total == 0 ? 0 : 2 * shared / total;
    }

    private Map<String, Double> weights(RuleProfile profile) {
        return weights.computeIfAbsent(profile.id(), id -> {
            Map<String, Integer> df = new HashMap<>();
            for (RuleProfile.Part part : profile.bodyParts()) {
                for (String word : titleWords(part.title())) {
                    df.merge(word, 1, Integer::sum);
                }
            }
            Map<String, Double> out = new HashMap<>();
            df.forEach((word, n) -> out.put(word, 1.0 / n));
            return out;
        });
    }

    private Set<String> headingWords(String heading) {
        Set<String> cached = headingWords.get(heading);
        if (cached == null) {
            cached = Set.copyOf(words(heading));
            headingWords.put(heading, cached);
        }
        return cached;
    }

    private Set<String> titleWords(String partTitle) {
        return titleWords.computeIfAbsent(partTitle, this::words);
    }

    /** The meaningful words of a title, synonyms folded. */
    Set<String> words(String title) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : segmenter.segment(title.strip())) {
            String word = t.word().strip();
            if (word.isEmpty() || rules.dropNatures().contains(t.nature())) {
                continue;
            }
            out.add(rules.synonyms().getOrDefault(word, word));
        }
        return out;
    }
}
