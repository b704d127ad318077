package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.model.Block;
import org.selfeval.model.Cell;
import org.selfeval.model.Heading;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;
import org.selfeval.pipeline.Json;

import java.util.Map;
import java.util.TreeMap;

/**
 * A document's text by page, for showing a report when no page images can be made (Word without
 * LibreOffice, scanned files): {"pages":[{"page":n,"blocks":[{"type":"heading|paragraph","text"}
 * | {"type":"table","rows":[["…"]]}]}]}. A block with no reliable page (Word without rendered page
 * breaks gives 0) stays on the page of the block before it, so the reading order is kept.
 */
public final class DocumentText {

    private DocumentText() {
    }

    public static ObjectNode of(ReportDocument document) {
        Map<Integer, ArrayNode> pages = new TreeMap<>();
        int current = 1;
        for (Block block : document.blocks()) {
            if (block.page() > 0) {
                current = block.page();
            }
            ArrayNode blocks = pages.computeIfAbsent(current, p -> Json.MAPPER.createArrayNode());
            if (block instanceof Heading h) {
                blocks.addObject().put("type", "heading").put("text", h.text());
            } else if (block instanceof Paragraph p) {
                blocks.addObject().put("type", "paragraph").put("text", p.text());
            } else if (block instanceof Table t) {
                rows(blocks.addObject().put("type", "table").putArray("rows"), t);
            }
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode list = out.putArray("pages");
        pages.forEach((page, blocks) -> {
            ObjectNode p = list.addObject();
            p.put("page", page);
            p.set("blocks", blocks);
        });
        return out;
    }

    /** Each grid row as the texts of the cells anchored in it (a merged cell is shown once). */
    private static void rows(ArrayNode rows, Table table) {
        for (int r = 0; r < table.rowCount(); r++) {
            ArrayNode row = rows.addArray();
            for (Cell c : table.row(r)) {
                row.add(c.text());
            }
        }
    }
}
