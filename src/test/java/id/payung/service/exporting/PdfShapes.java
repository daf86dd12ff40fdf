package id.payung.service.exporting;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a page draws, read back from the PDF for the tests: the box of its curves (the year report's pie is the only
 * curved drawing on its page: the tables, rules and legend squares are straight), the heights of its horizontal
 * lines (table borders), and its words with their places. Every y here is measured from the page's top, as the text
 * is.
 */
final class PdfShapes {
    /** A run of text: its words, the baseline's y, its left and right edge, its type's size and font name. */
    record Text(String text, float baseline, float left, float right, float size, String font) {
    }

    /** The box of the curves: left, top, right, bottom (from the page's top); all NaN without any curve. */
    record Box(float left, float top, float right, float bottom) {
        float width() {
            return right - left;
        }

        float height() {
            return bottom - top;
        }

        boolean holds(Text t) {
            return t.left() >= left && t.right() <= right && t.baseline() >= top && t.baseline() <= bottom;
        }
    }

    final Box curves;
    /** Horizontal line segments and rectangle edges: y from the top, and their left and right ends. */
    final List<float[]> horizontals;
    final List<Text> texts;

    private PdfShapes(Box curves, List<float[]> horizontals, List<Text> texts) {
        this.curves = curves;
        this.horizontals = horizontals;
        this.texts = texts;
    }

    /** The first page's shapes and text. */
    static PdfShapes of(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            float height = page.getMediaBox().getHeight();
            Engine engine = new Engine(page, height);
            engine.processPage(page);
            List<Text> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float left = Float.MAX_VALUE;
                    float right = 0;
                    for (TextPosition p : positions) {
                        left = Math.min(left, p.getXDirAdj());
                        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    TextPosition first = positions.get(0);
                    texts.add(new Text(text, first.getYDirAdj(), left, right, first.getFontSizeInPt(),
                            first.getFont().getName()));
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(doc);
            Box box = engine.minX == Float.MAX_VALUE ? new Box(Float.NaN, Float.NaN, Float.NaN, Float.NaN)
                    : new Box(engine.minX, height - engine.maxY, engine.maxX, height - engine.minY);
            return new PdfShapes(box, engine.horizontals, texts);
        }
    }

    /** The first run of text starting with {@code start}. */
    Text text(String start) {
        return texts.stream().filter(t -> t.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no text starting " + start + " in " + texts));
    }

    /** The nearest horizontal line under {@code y} (from the top) crossing x, its distance under y; MAX_VALUE: none. */
    float lineUnder(float y, float x) {
        float best = Float.MAX_VALUE;
        for (float[] h : horizontals) {
            if (h[0] > y && h[1] <= x && h[2] >= x) {
                best = Math.min(best, h[0] - y);
            }
        }
        return best;
    }

    /** The nearest horizontal line above {@code y} (from the top) crossing x, its distance above y; MAX_VALUE: none. */
    float lineAbove(float y, float x) {
        float best = Float.MAX_VALUE;
        for (float[] h : horizontals) {
            if (h[0] < y && h[1] <= x && h[2] >= x) {
                best = Math.min(best, y - h[0]);
            }
        }
        return best;
    }

    private static final class Engine extends PDFGraphicsStreamEngine {
        private final float pageHeight;
        private final List<float[]> horizontals = new ArrayList<>();
        private float minX = Float.MAX_VALUE;
        private float minY = Float.MAX_VALUE;
        private float maxX = -Float.MAX_VALUE;
        private float maxY = -Float.MAX_VALUE;
        private Point2D.Float current = new Point2D.Float();

        Engine(PDPage page, float pageHeight) {
            super(page);
            this.pageHeight = pageHeight;
        }

        private void horizontal(float y, float x1, float x2) {
            horizontals.add(new float[] {pageHeight - y, Math.min(x1, x2), Math.max(x1, x2)});
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            horizontal((float) p0.getY(), (float) p0.getX(), (float) p1.getX());
            horizontal((float) p2.getY(), (float) p2.getX(), (float) p3.getX());
            current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            if (Math.abs(y - current.y) < 0.01f && Math.abs(x - current.x) > 0.5f) {
                horizontal(y, current.x, x);
            }
            current = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            // The curve's own extent (its control points lie outside it): sampled along it.
            for (int i = 0; i <= 32; i++) {
                float t = i / 32f;
                float u = 1 - t;
                float x = u * u * u * current.x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3;
                float y = u * u * u * current.y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
