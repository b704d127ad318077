package org.selfeval.extract.word;

import org.apache.poi.util.XMLHelper;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;

/** Small helpers for streaming over WordprocessingML with StAX. */
final class Xml {

    static final String W_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** POI's factory has DTDs and external entities switched off (no XXE, no entity bombs). */
    private static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

    private Xml() {
    }

    /** Reads a whole XML stream into a value. */
    @FunctionalInterface
    interface StreamReading<T> {
        T read(XMLStreamReader r) throws XMLStreamException;
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Runs {@code reading} over {@code in} and closes the reader, whatever happens. */
    static <T> T read(InputStream in, StreamReading<T> reading) throws XMLStreamException {
        XMLStreamReader r = reader(in);
        try {
            return reading.read(r);
        } finally {
            r.close();
        }
    }

    /** {@link #read} for a package part, with malformed XML reported as an I/O failure naming the part. */
    static <T> T readPart(InputStream in, String partName, StreamReading<T> reading) throws IOException {
        try {
            return read(in, reading);
        } catch (XMLStreamException e) {
            throw new IOException("unreadable " + partName + " part: " + e.getMessage(), e);
        }
    }

    static boolean isW(String ns) {
        return W_MAIN.equals(ns) || W_STRICT.equals(ns);
    }

    /** An attribute by local name, whatever its namespace prefix (w:val, or val in strict files). */
    static String attr(XMLStreamReader r, String localName) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (localName.equals(r.getAttributeLocalName(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    static Integer intAttr(XMLStreamReader r, String localName) {
        String v = attr(r, localName);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A toggle property such as w:b: present without a value means on. */
    static boolean onOff(XMLStreamReader r) {
        String v = attr(r, "val");
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    /** Skips the subtree of the element the reader is on (at its START_ELEMENT). */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        Subtree subtree = new Subtree(r);
        while (subtree.nextStart()) {
            subtree.descend();
        }
    }
}
