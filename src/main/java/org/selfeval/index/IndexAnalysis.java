package org.selfeval.index;

import org.selfeval.config.ConfigLoader;
import org.selfeval.figures.FigureLabels;
import org.selfeval.figures.HanlpSegmenter;
import org.selfeval.figures.Segmenter;
import org.selfeval.figures.Token;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Text analysis shared by both engines, done in Java so that Elasticsearch needs only its
 * built-in whitespace analyzer and both engines see the same tokens: HanLP segmentation with the
 * domain dictionary, and {@link Bigrams}. Also maps figure labels to canonical ones for queries.
 * Thread-safe.
 */
public final class IndexAnalysis {

    private static volatile IndexAnalysis standard;

    private final Segmenter segmenter;
    private final UnaryOperator<String> canonicalLabel;

    public IndexAnalysis(Segmenter segmenter, UnaryOperator<String> canonicalLabel) {
        this.segmenter = segmenter;
        this.canonicalLabel = canonicalLabel;
    }

    public static IndexAnalysis fromConfig(Path configDir) {
        FigureLabels labels = FigureLabels.load(configDir);
        return new IndexAnalysis(new HanlpSegmenter(labels.terms()), labels::canonicalOf);
    }

    /** One instance per process from the config folder: building the segmenter takes a while. */
    public static IndexAnalysis standard() {
        IndexAnalysis s = standard;
        if (s == null) {
            synchronized (IndexAnalysis.class) {
                if (standard == null) {
                    standard = fromConfig(ConfigLoader.configDir());
                }
                s = standard;
            }
        }
        return s;
    }

    /** Lower-cased HanLP tokens that contain a letter or digit (punctuation dropped). */
    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : segmenter.segment(text)) {
            String w = t.word().strip();
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                // A token never contains a space: the whitespace analyzer would split it differently.
                for (String part : w.split("\\s+")) {
                    out.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** The value of the {@code segmented} field for a text. */
    public String segmented(String text) {
        return String.join(" ", tokens(text));
    }

    /**
     * A free-text query split into its parts (at whitespace), each analysed both ways. A report
     * matches a query when, for every part, its segmented tokens all occur in {@code segmented}
     * or its bigrams occur as a phrase in {@code bigrams}. Both engines build their query from this.
     * The tokens score (their phrase, when a part has several, scores again); the bigram phrase
     * scores only a report the tokens miss, so that a common word does not have its positions
     * checked in every report it occurs in (at 100,000 reports, the largest part of a search).
     */
    public List<QueryPart> queryParts(String text) {
        List<QueryPart> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        for (String raw : text.strip().split("\\s+")) {
            List<String> tokens = tokens(raw);
            List<String> bigrams = Bigrams.tokens(raw);
            if (!tokens.isEmpty() || !bigrams.isEmpty()) {
                parts.add(new QueryPart(raw, tokens, bigrams));
            }
        }
        return parts;
    }

    /** A condition with its label mapped to the canonical label used in {@link FigureEntry}. */
    public FigureCondition canonical(FigureCondition condition) {
        return condition.withCanonicalLabel(canonicalLabel);
    }

    public String canonicalLabel(String label) {
        return canonicalLabel.apply(label);
    }

    /** One whitespace-separated part of a query. */
    public record QueryPart(String raw, List<String> tokens, List<String> bigrams) {
        public QueryPart {
            tokens = List.copyOf(tokens);
            bigrams = List.copyOf(bigrams);
        }
    }
}
