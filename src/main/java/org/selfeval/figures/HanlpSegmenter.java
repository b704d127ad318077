package org.selfeval.figures;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * {@link Segmenter} on HanLP portable 1.8.6, with our domain terms forced in.
 *
 * <p>HanLP keeps its configuration ({@code HanLP.Config}) and its default custom dictionary in
 * process-wide statics. This class is the only one that touches HanLP, and it changes neither:
 * <ul>
 *   <li>The portable jar ships its core dictionaries as ready-made {@code .bin} files and HanLP
 *   reads them through its classpath adapter, so nothing is read from or written to
 *   {@code config/} or the working directory.</li>
 *   <li>Our terms go into a {@link DynamicCustomDictionary} of this instance, built in memory.
 *   The term file in {@code config/dictionaries} is read by us and never handed to HanLP, so HanLP
 *   never writes a {@code .bin} cache next to it, and two instances never see each other's terms.
 *   HanLP's own large custom dictionary is not used: it adds time and odd words, not labels.</li>
 *   <li>The dictionary is complete before the constructor returns and only read afterwards;
 *   HanLP {@link Segment}s keep per-call state, so each thread gets its own. Instances are
 *   therefore safe to share between batch threads.</li>
 * </ul>
 * Name, place and organisation recognition are off: they cost time and tag labels as names.
 * Custom-dictionary forcing is on, so a term wins over HanLP's own word boundaries.
 */
public final class HanlpSegmenter implements Segmenter {

    /** High frequency so that a term outranks core-dictionary splits in the word lattice. */
    private static final String NATURE_WITH_FREQUENCY = DOMAIN_NATURE + " 100000";

    private final DynamicCustomDictionary dictionary;
    private final ThreadLocal<Segment> segment;

    public HanlpSegmenter(Collection<String> terms) {
        TreeMap<String, CoreDictionary.Attribute> words = new TreeMap<>();
        for (String term : terms) {
            String t = term.strip();
            if (!t.isEmpty()) {
                words.put(t, CoreDictionary.Attribute.create(NATURE_WITH_FREQUENCY));
            }
        }
        // A double-array trie built once from all terms: immutable afterwards, fast to search.
        DoubleArrayTrie<CoreDictionary.Attribute> dat = new DoubleArrayTrie<>();
        dat.build(words);
        dictionary = new DynamicCustomDictionary(dat, new BinTrie<CoreDictionary.Attribute>(), (String[]) null);
        segment = ThreadLocal.withInitial(this::newSegment);
    }

    private Segment newSegment() {
        return HanLP.newSegment()
                .enableOffset(true)
                .enableCustomDictionary(dictionary)
                .enableCustomDictionaryForcing(true)
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false);
    }

    @Override
    public List<Token> segment(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Term> terms = segment.get().seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(new Token(t.word, t.nature == null ? "" : t.nature.toString(), t.offset,
                    t.offset + t.word.length()));
        }
        return out;
    }
}
