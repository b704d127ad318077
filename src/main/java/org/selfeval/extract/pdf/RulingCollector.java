package org.selfeval.extract.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Captures a page's straight horizontal and vertical strokes, and thin filled rectangles (which
 * many producers use to draw table borders), in top-left page coordinates. Text is skipped.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A filled shape thinner than this is a drawn line, not an area. */
    private static final double THIN = 3.0;
    /** Strokes shorter than this are glyph decoration, not table rulings. */
    private static final double MIN_LENGTH = 3.0;
    private static final double AXIS_TOL = 1.0;

    private final PDRectangle crop;
    private final int rotation;
    private final List<Ruling> rulings = new ArrayList<>();
    /** Subpaths of the current path; each a list of points (device space, bottom-left origin). */
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private List<Point2D> open;
    private Point2D currentPoint;
    private boolean images;
    private double imagePpi;
    private long largestImagePixels;

    RulingCollector(PDPage page) {
        super(page);
        this.crop = page.getCropBox();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    List<Ruling> rulings() {
        return rulings;
    }

    /** The most pixels any drawn image (or its mask) declares, read from its dictionary, never decoded. */
    long largestImagePixels() {
        return largestImagePixels;
    }

    boolean hasImages() {
        return images;
    }

    /** The highest resolution of an image drawn on the page, in pixels per inch (0 if none). */
    double imagePpi() {
        return imagePpi;
    }

    void run() throws IOException {
        processPage(getPage());
    }

    @Override
    public void showTextString(byte[] string) {
        // Text is read by the glyph collector; skipping it here keeps this pass cheap.
    }

    @Override
    public void showTextStrings(COSArray array) {
        // See showTextString.
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D> rect = new ArrayList<>(List.of(p0, p1, p2, p3, p0));
        subpaths.add(rect);
        open = null;
        currentPoint = p0;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images = true;
        largestImagePixels = Math.max(largestImagePixels, ImageLimits.declaredPixels(pdImage));
        double widthPt = Math.abs(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX());
        if (widthPt > 1) {
            imagePpi = Math.max(imagePpi, pdImage.getWidth() / (widthPt / 72));
        }
    }

    @Override
    public void clip(int windingRule) {
        // Clipping paths are not drawn; endPath() discards them.
    }

    @Override
    public void moveTo(float x, float y) {
        open = new ArrayList<>();
        Point2D p = new Point2D.Float(x, y);
        open.add(p);
        subpaths.add(open);
        currentPoint = p;
    }

    @Override
    public void lineTo(float x, float y) {
        if (open == null) {
            moveTo(currentPoint == null ? x : (float) currentPoint.getX(), currentPoint == null ? y : (float) currentPoint.getY());
        }
        Point2D p = new Point2D.Float(x, y);
        open.add(p);
        currentPoint = p;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // Curves are never table rulings; break the subpath so no straight edge spans them.
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return currentPoint;
    }

    @Override
    public void closePath() {
        if (open != null && !open.isEmpty()) {
            open.add(open.get(0));
        }
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        for (List<Point2D> sp : subpaths) {
            for (int i = 1; i < sp.size(); i++) {
                addSegment(sp.get(i - 1), sp.get(i));
            }
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<Point2D> sp : subpaths) {
            addThinShape(sp);
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        for (List<Point2D> sp : subpaths) {
            addThinShape(sp);
        }
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Shadings are backgrounds, not rulings.
    }

    private void clearPath() {
        subpaths.clear();
        open = null;
    }

    private void addSegment(Point2D a, Point2D b) {
        double x0 = toX(a), y0 = toY(a), x1 = toX(b), y1 = toY(b);
        if (Math.abs(y0 - y1) <= AXIS_TOL && Math.abs(x1 - x0) >= MIN_LENGTH) {
            rulings.add(new Ruling(true, (y0 + y1) / 2, x0, x1));
        } else if (Math.abs(x0 - x1) <= AXIS_TOL && Math.abs(y1 - y0) >= MIN_LENGTH) {
            rulings.add(new Ruling(false, (x0 + x1) / 2, y0, y1));
        }
    }

    /** A filled thin shape (bounding box under THIN on one side) becomes a ruling along its long side. */
    private void addThinShape(List<Point2D> sp) {
        if (sp.size() < 3) {
            return;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point2D p : sp) {
            minX = Math.min(minX, toX(p));
            maxX = Math.max(maxX, toX(p));
            minY = Math.min(minY, toY(p));
            maxY = Math.max(maxY, toY(p));
        }
        double w = maxX - minX, h = maxY - minY;
        if (h <= THIN && w >= MIN_LENGTH) {
            rulings.add(new Ruling(true, (minY + maxY) / 2, minX, maxX));
        } else if (w <= THIN && h >= MIN_LENGTH) {
            rulings.add(new Ruling(false, (minX + maxX) / 2, minY, maxY));
        }
    }

    /** x on the page as displayed (rotation applied, top-left origin), like the glyph positions. */
    private double toX(Point2D p) {
        double x = p.getX() - crop.getLowerLeftX(), y = p.getY() - crop.getLowerLeftY();
        return switch (rotation) {
            case 90 -> y;
            case 180 -> crop.getWidth() - x;
            case 270 -> crop.getHeight() - y;
            default -> x;
        };
    }

    private double toY(Point2D p) {
        double x = p.getX() - crop.getLowerLeftX(), y = p.getY() - crop.getLowerLeftY();
        return switch (rotation) {
            case 90 -> x;
            case 180 -> y;
            case 270 -> crop.getWidth() - x;
            default -> crop.getHeight() - y;
        };
    }
}
