package org.selfeval.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * The one document model every stage reads: metadata plus the body as ordered blocks.
 * Immutable; stages that add information (headings, figures) return a new instance.
 */
public record ReportDocument(DocumentMetadata metadata, List<Block> blocks, List<String> warnings) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    public Stream<Heading> headings() {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast);
    }

    public Stream<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast);
    }

    public Stream<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast);
    }

    public ReportDocument withBlocks(List<Block> newBlocks) {
        return new ReportDocument(metadata, newBlocks, warnings);
    }

    public ReportDocument withMetadata(DocumentMetadata newMetadata) {
        return new ReportDocument(newMetadata, blocks, warnings);
    }

    public ReportDocument withWarnings(List<String> newWarnings) {
        return new ReportDocument(metadata, blocks, newWarnings);
    }
}
