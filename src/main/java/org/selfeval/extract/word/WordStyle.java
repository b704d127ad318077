package org.selfeval.extract.word;

/**
 * A paragraph or character style after following its basedOn chain; every field may be null
 * when neither the style nor its ancestors set it.
 *
 * @param halfPoints font size in half-points, as Word stores it
 * @param numId      list instance the style attaches paragraphs to
 */
record WordStyle(String name, Integer outlineLevel, Boolean centered, Integer halfPoints, Boolean bold,
                 String numId, Integer ilvl) {

    static final WordStyle EMPTY = new WordStyle(null, null, null, null, null, null, null);

    /** This style's own settings, falling back to the parent's where unset. */
    WordStyle inherit(WordStyle parent) {
        return new WordStyle(name,
                outlineLevel != null ? outlineLevel : parent.outlineLevel,
                centered != null ? centered : parent.centered,
                halfPoints != null ? halfPoints : parent.halfPoints,
                bold != null ? bold : parent.bold,
                numId != null ? numId : parent.numId,
                ilvl != null ? ilvl : parent.ilvl);
    }
}
