package org.selfeval.render;

/**
 * Whether a report can be shown as page images.
 *
 * @param images true when page PNGs are available
 * @param pages  number of pages of the PDF behind the report; 0 when there is none
 * @param reason why there are no images, in Chinese for the reviewer; null when images is true
 */
public record ViewInfo(boolean images, int pages, String reason) {
}
