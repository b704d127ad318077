package org.selfeval.index.lucene;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;
import org.selfeval.index.IndexedReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@link LuceneDocuments#HIT} doc value: a report's sha256, identity fields and its text
 * (LZ4, high compression: written once, read often). A hit's twenty-odd reads then touch a few kilobytes each instead of
 * decompressing the whole stored report (tens of kilobytes: figures, sections, segmented text).
 */
record HitData(String sha256, String file, String title, String department, Integer year, String kind,
               String region, String text) {

    /** Lucene's LZ4 may copy a few bytes past the decompressed length in its fast paths. */
    private static final int SLACK = 16;

    static BytesRef encode(IndexedReport r) {
        try {
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            for (String s : new String[]{r.sha256(), r.file(), r.title(), r.department(), r.kind(), r.region()}) {
                writeOptional(out, s);
            }
            out.writeVInt(r.year() == null ? 0 : 1);
            if (r.year() != null) {
                out.writeZInt(r.year());
            }
            if (r.text() == null) {
                out.writeVInt(0);
            } else {
                byte[] text = r.text().getBytes(StandardCharsets.UTF_8);
                out.writeVInt(text.length + 1);
                LZ4.compress(text, 0, text.length, out, new LZ4.HighCompressionHashTable());
            }
            return new BytesRef(out.toArrayCopy());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory output: not expected
        }
    }

    /** The hit data of a document, or null when it was indexed before hit data were kept. */
    static HitData read(LeafReader leaf, int doc) throws IOException {
        BinaryDocValues values = DocValues.getBinary(leaf, LuceneDocuments.HIT);
        if (!values.advanceExact(doc)) {
            return null;
        }
        BytesRef b = values.binaryValue();
        ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
        String sha = readOptional(in);
        String file = readOptional(in);
        String title = readOptional(in);
        String department = readOptional(in);
        String kind = readOptional(in);
        String region = readOptional(in);
        Integer year = in.readVInt() == 0 ? null : in.readZInt();
        int textLength = in.readVInt() - 1;
        String text = null;
        if (textLength >= 0) {
            byte[] bytes = new byte[textLength + SLACK];
            LZ4.decompress(in, textLength, bytes, 0);
            text = new String(bytes, 0, textLength, StandardCharsets.UTF_8);
        }
        return new HitData(sha, file, title, department, year, kind, region, text);
    }

    private static void writeOptional(ByteBuffersDataOutput out, String s) throws IOException {
        out.writeVInt(s == null ? 0 : 1);
        if (s != null) {
            out.writeString(s);
        }
    }

    private static String readOptional(ByteArrayDataInput in) throws IOException {
        return in.readVInt() == 0 ? null : in.readString();
    }
}
