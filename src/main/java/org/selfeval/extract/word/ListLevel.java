package org.selfeval.extract.word;

/**
 * One level of a Word list definition.
 *
 * @param start  the first number
 * @param format OOXML number format name (decimal, chineseCounting, bullet, …)
 * @param text   the label template, with %1…%9 standing for the counters of levels 1…9
 * @param legal  whether inherited counters are shown as decimal (w:isLgl)
 */
record ListLevel(int start, String format, String text, boolean legal) {

    static final ListLevel DECIMAL = new ListLevel(1, "decimal", "%1.", false);

    ListLevel withStart(int newStart) {
        return new ListLevel(newStart, format, text, legal);
    }
}
