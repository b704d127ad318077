package org.selfeval.pipeline;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile documents built from bytes, for {@code HostileDocumentTest} and for the operator:
 * {@code main(folder)} writes the probes at full size so they can be run through
 * {@code selfeval check} under {@code /usr/bin/time -v}.
 */
public final class HostileDocuments {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private HostileDocuments() {
    }

    /** A .docx whose one table of rows × cols numbers is titled as a 部门整体支出绩效自评表. */
    public static byte[] formTableDocx(int rows, int cols) throws IOException {
        StringBuilder body = new StringBuilder(rows * cols * 40);
        body.append(p("附件1")).append(p("2023年度部门整体支出绩效自评表"));
        body.append("<w:tbl><w:tblGrid>");
        body.append("<w:gridCol/>".repeat(cols)).append("</w:tblGrid>");
        String[] head = {"一级指标", "二级指标", "三级指标", "年度资金总额", "预算数", "执行数", "分值", "得分"};
        for (int r = 0; r < rows; r++) {
            body.append("<w:tr>");
            for (int c = 0; c < cols; c++) {
                String text = r == 0 ? head[c % head.length] : c == 0 ? "指标" + r : (r * 31 + c * 7) % 1000 + "." + c % 10;
                body.append("<w:tc>").append(p(text)).append("</w:tc>");
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
        return docx(Map.of(), body.toString(), false);
    }

    /**
     * A .docx whose first entry's local header has a broken CRC (the central directory is intact)
     * and whose last entry inflates from a few hundred KiB to {@code bombBytes} zeros.
     */
    public static byte[] badCrcZipBomb(long bombBytes) throws IOException {
        return badCrcZipBomb(bombBytes, 1);
    }

    /** The same, its zeros spread over {@code parts} parts (each below POI's own per-part limit). */
    public static byte[] badCrcZipBomb(long bombBytes, int parts) throws IOException {
        Map<String, Long> zeros = new LinkedHashMap<>();
        for (int i = 1; i <= parts; i++) {
            zeros.put("word/media/image" + i + ".bin", bombBytes / parts);
        }
        return docx(zeros, p("一、部门基本情况"), true);
    }

    /** A valid .docx whose document part inflates to about {@code bytes} of ordinary text (ratio ~ 1:20). */
    public static byte[] inflatingDocx(long bytes) throws IOException {
        StringBuilder body = new StringBuilder();
        for (long n = 0, size = 0; size < bytes; n++) {
            String para = p("第" + n + "段：本部门严格执行预算，资金使用规范。");
            body.append(para);
            size += para.getBytes(StandardCharsets.UTF_8).length;
        }
        return docx(Map.of(), body.toString(), false);
    }

    /**
     * A one-page PDF whose only content is an image XObject declaring width × height grey pixels;
     * its stream is a few bytes of Flate data, so the file is tiny and only decoding would be huge.
     */
    public static byte[] hugeImagePdf(int width, int height) throws IOException {
        return imagePdf(PDRectangle.A4, width, height);
    }

    /** A one-page scan-like PDF (an image, no text) of the given page size and declared image size. */
    public static byte[] imagePdf(PDRectangle pageSize, int width, int height) throws IOException {
        return imagePdf(pageSize, width, height, COSName.FLATE_DECODE, deflate(new byte[4096]));
    }

    /**
     * A PDF image that declares 100 × 100 pixels in its dictionary while its JPEG header says
     * {@code side} × {@code side}: the JPEG decoder would allocate the header's size.
     */
    public static byte[] jpegLyingPdf(int side) throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY), "jpg", jpeg);
        byte[] bytes = jpeg.toByteArray();
        for (int i = 0; i + 8 < bytes.length; i++) {
            if ((bytes[i] & 0xff) == 0xff && (bytes[i + 1] & 0xff) == 0xc0) { // SOF0: length, precision, height, width
                bytes[i + 5] = (byte) (side >> 8);
                bytes[i + 6] = (byte) side;
                bytes[i + 7] = (byte) (side >> 8);
                bytes[i + 8] = (byte) side;
                return imagePdf(PDRectangle.A4, 100, 100, COSName.DCT_DECODE, bytes);
            }
        }
        throw new IllegalStateException("no SOF0 marker in the JPEG");
    }

    private static byte[] imagePdf(PDRectangle pageSize, int width, int height, COSName filter, byte[] data)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(pageSize);
            doc.addPage(page);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(data);
            }
            stream.setItem(COSName.TYPE, COSName.XOBJECT);
            stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
            stream.setItem(COSName.FILTER, filter);
            stream.setInt(COSName.WIDTH, width);
            stream.setInt(COSName.HEIGHT, height);
            stream.setInt(COSName.BITS_PER_COMPONENT, 8);
            stream.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            PDImageXObject image = new PDImageXObject(new PDStream(stream), null);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, pageSize.getWidth(), pageSize.getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Central directory field offsets: CRC-32 and uncompressed size. */
    public static final int CD_CRC = 16;
    public static final int CD_SIZE = 24;

    /**
     * The same package with one 4-byte field of {@code entry}'s central directory header set to
     * {@code value}: a bomb that understates its size ({@link #CD_SIZE}), a wrong CRC ({@link #CD_CRC}).
     */
    public static byte[] patchCentralDirectory(byte[] zip, String entry, int field, int value) {
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = zip.length - 46; i >= 0; i--) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 1 && zip[i + 3] == 2
                    && u16(zip, i + 28) == name.length
                    && Arrays.equals(Arrays.copyOfRange(zip, i + 46, i + 46 + name.length), name)) {
                byte[] out = zip.clone();
                for (int b = 0; b < 4; b++) {
                    out[i + field + b] = (byte) (value >>> (8 * b)); // little-endian
                }
                return out;
            }
        }
        throw new IllegalArgumentException("no central directory header for " + entry);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    /** Writes the probes at the sizes into {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        Files.write(dir.resolve("form-5000x30.docx"), formTableDocx(5000, 30));
        Files.write(dir.resolve("bad-crc-bomb.docx"), badCrcZipBomb(2L << 30));
        Files.write(dir.resolve("bad-crc-bomb-24-parts.docx"), badCrcZipBomb(24L * 90_000_000, 24));
        Files.write(dir.resolve("inflates-200mb.docx"), inflatingDocx(200L << 20));
        Files.write(dir.resolve("image-20000x20000.pdf"), hugeImagePdf(20_000, 20_000));
    }

    private static String p(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
            d.write(data);
        }
        return out.toByteArray();
    }

    /**
     * A minimal package: content types (stored, so its local header carries the CRC that
     * {@code breakFirstCrc} corrupts), relationships, the document part, and extra parts of zeros.
     */
    private static byte[] docx(Map<String, Long> zeroParts, String body, boolean breakFirstCrc) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>"
                + body + "</w:body></w:document>");
        byte[] types = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            ZipEntry first = new ZipEntry("[Content_Types].xml");
            first.setMethod(ZipEntry.STORED);
            first.setSize(types.length);
            CRC32 crc = new CRC32();
            crc.update(types);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(types);
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
            byte[] zeros = new byte[1 << 20];
            for (Map.Entry<String, Long> e : zeroParts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                for (long left = e.getValue(); left > 0; left -= zeros.length) {
                    zip.write(zeros, 0, (int) Math.min(zeros.length, left));
                }
            }
        }
        byte[] bytes = out.toByteArray();
        if (breakFirstCrc) {
            bytes[14] ^= (byte) 0xFF; // local file header: CRC-32 at offset 14
        }
        return bytes;
    }
}
