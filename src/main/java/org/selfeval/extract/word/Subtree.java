package org.selfeval.extract.word;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A cursor over the start elements inside the element the reader is on, up to its end tag.
 *
 * <p>Each start element must either be consumed by the caller (skipped, read as text, parsed by a
 * nested reader) or entered with {@link #descend()}, so that its children are visited too and its
 * end tag is not taken for the subtree's own.
 */
final class Subtree {

    private final XMLStreamReader r;
    private int depth = 1;

    /** Opens the subtree of the element the reader is on (at its START_ELEMENT). */
    Subtree(XMLStreamReader r) {
        this.r = r;
    }

    /** Moves to the next start element inside the subtree; false once its end tag is passed. */
    boolean nextStart() throws XMLStreamException {
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                if (--depth == 0) {
                    return false;
                }
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
    }

    /** Enters the current start element: its children come next and its end tag is expected. */
    void descend() {
        depth++;
    }
}
