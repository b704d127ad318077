package org.selfeval.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.selfeval.synth.CjkFont;
import org.selfeval.synth.PdfRenderer;

import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One PDF renderer with an embeddable CJK font for a whole test class, closed after it; the class
 * is skipped on machines without such a font. Register as a static field:
 * {@code @RegisterExtension static final CjkPdfRenderer RENDERER = new CjkPdfRenderer();}
 */
public final class CjkPdfRenderer implements BeforeAllCallback, AfterAllCallback {

    private PdfRenderer renderer;

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<CjkFont> font = CjkFont.find(null);
        assumeTrue(font.isPresent(), "no embeddable CJK font on this machine");
        renderer = new PdfRenderer(font.get());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (renderer != null) {
            renderer.close();
            renderer = null;
        }
    }

    /** The renderer; only valid while the class's tests run. */
    public PdfRenderer get() {
        return renderer;
    }
}
