package org.selfeval.extract.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.FailureCode;
import org.selfeval.extract.LimitExceeded;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * extract.max_image_pixels: a PDF image whose dictionary declares more pixels (or a page that
 * would render for OCR to more) refuses the whole document as TOO_LARGE, judged from declared
 * sizes before any pixel is decoded. The document, not just the page, is refused for the reason
 * OCR's page limit gives: a page left out would show its sections as missing.
 */
final class ImageLimits {

    private final long maxPixels;

    ImageLimits(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /**
     * Width × height as the image (and its soft mask or stencil) declares them; for a JPEG also
     * as its own header does, since the JPEG decoder sizes its raster from that, not from the
     * PDF dictionary.
     */
    static long declaredPixels(PDImage image) {
        long pixels = (long) Math.max(0, image.getWidth()) * Math.max(0, image.getHeight());
        if (image instanceof PDImageXObject x) {
            pixels = Math.max(pixels, jpegHeaderPixels(x));
            try {
                for (PDImageXObject mask : new PDImageXObject[] {x.getSoftMask(), x.getMask()}) {
                    if (mask != null) {
                        pixels = Math.max(pixels, (long) Math.max(0, mask.getWidth()) * Math.max(0, mask.getHeight()));
                    }
                }
            } catch (IOException e) {
                // An unreadable mask fails later, when (if ever) it is drawn.
            }
        }
        return pixels;
    }

    /** The pixels a DCT-encoded image's JPEG header states (header only, nothing decoded); 0 otherwise. */
    private static long jpegHeaderPixels(PDImageXObject x) {
        List<COSName> filters = x.getStream().getFilters();
        if (filters.size() != 1 || !COSName.DCT_DECODE.equals(filters.get(0))) {
            return 0;
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        if (!readers.hasNext()) {
            return 0;
        }
        ImageReader reader = readers.next();
        try (InputStream raw = x.getCOSObject().createRawInputStream();
             ImageInputStream in = ImageIO.createImageInputStream(raw)) {
            reader.setInput(in, true, true);
            return (long) reader.getWidth(0) * reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            return 0; // an unreadable JPEG fails when (if ever) it is decoded
        } finally {
            reader.dispose();
        }
    }

    /** Throws (unchecked, from inside PDFBox callbacks) when a page's largest image is too big. */
    void checkImage(int page, long pixels) {
        if (pixels > maxPixels) {
            throw new LimitExceeded(new ExtractionException(FailureCode.TOO_LARGE,
                    "page " + page + " has an image of " + pixels + " pixels > max_image_pixels " + maxPixels)
                    .withUserMessage("第" + page + "页的图片像素过多（" + millions(pixels) + "，上限" + millions(maxPixels)
                            + "），未予处理。请以较低分辨率（如300dpi）重新扫描或导出后提交。"));
        }
    }

    /** Throws when rendering the page at {@code dpi} for OCR would exceed the limit. */
    void checkPage(int page, PDRectangle crop, float dpi) {
        double scale = dpi / 72.0;
        double pixels = Math.floor(crop.getWidth() * scale) * Math.floor(crop.getHeight() * scale);
        if (pixels > maxPixels) {
            throw new LimitExceeded(new ExtractionException(FailureCode.TOO_LARGE,
                    "page " + page + " renders at " + dpi + " dpi to " + (long) pixels + " pixels > max_image_pixels " + maxPixels)
                    .withUserMessage("第" + page + "页的页面尺寸过大，文字识别时需要的图像超过处理上限，未予处理。"
                            + "请按A4等常规纸张大小重新扫描或导出后提交。"));
        }
    }

    private static String millions(double pixels) {
        return String.format("%.0f万像素", pixels / 10_000);
    }
}
