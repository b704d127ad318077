package org.selfeval.render;

import java.time.Duration;

/**
 * How report pages are shown (config/selfeval.yaml, section render).
 *
 * @param dpi               resolution of page images; about 110 fits a screen without zooming
 * @param sofficeCommand    LibreOffice's command, used to turn Word files into PDF; looked up on PATH
 *                          unless it contains a path separator
 * @param conversionTimeout wall-clock limit for one Word → PDF conversion
 */
public record RenderOptions(int dpi, String sofficeCommand, Duration conversionTimeout) {

    public RenderOptions {
        if (dpi < 36 || dpi > 600) {
            throw new IllegalArgumentException("dpi must be within 36..600: " + dpi);
        }
        if (sofficeCommand == null || sofficeCommand.isBlank()) {
            throw new IllegalArgumentException("sofficeCommand must not be empty");
        }
        if (conversionTimeout == null || conversionTimeout.isNegative() || conversionTimeout.isZero()) {
            throw new IllegalArgumentException("conversionTimeout must be > 0");
        }
    }

    public static RenderOptions defaults() {
        return new RenderOptions(110, "soffice", Duration.ofSeconds(120));
    }
}
