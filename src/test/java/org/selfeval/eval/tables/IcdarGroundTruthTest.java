package org.selfeval.eval.tables;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Box;
import org.selfeval.model.Cell;
import org.selfeval.model.Table;
import org.selfeval.testing.SharedFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IcdarGroundTruthTest {

    private static final String STR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <document filename="x-str.xml">
              <table id="1">
                <region col-increment="0" id="1" row-increment="0" page='2'>
                  <cell id="1" start-col="0" start-row="0" end-row="1">
                    <bounding-box x1="96" x2="125" y1="693" y2="701"/>
                    <content>Country</content>
                  </cell>
                  <cell id="2" start-col="1" end-col="2" start-row="0">
                    <bounding-box x1="144" x2="200" y1="704" y2="712"/>
                    <content>2007</content>
                  </cell>
                  <cell id="3" start-col="1" start-row="1"><bounding-box x1="144" x2="160" y1="690" y2="698"/><content>a</content></cell>
                  <cell id="4" start-col="2" start-row="1"><bounding-box x1='170' x2='26ß' y1="690" y2="698"/><content>b</content></cell>
                </region>
              </table>
            </document>
            """;

    private static final String REG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <document filename='x-reg.xml'>
              <table id='1'><region id='1' page='2'>
                <instruction instr-id='1'/>
                <bounding-box x1='88' y1='607' x2='506' y2='712'/>
              </region></table>
            </document>
            """;

    private static final PageFrame A4 = new PageFrame(0, 0, 595, 842);

    @Test
    void structureFile_givesSpansAndTopLeftBoxes() {
        List<GroundTruthTable> tables = IcdarGroundTruth.parse(STR, REG, page -> A4);
        assertEquals(1, tables.size());
        GroundTruthTable gt = tables.get(0);
        Table t = gt.table();
        assertEquals(List.of(2), t.pages());
        assertEquals(2, t.rowCount());
        assertEquals(3, t.colCount());
        Cell country = t.cellAt(1, 0);
        assertEquals("Country", country.text());
        assertEquals(2, country.rowSpan());
        assertEquals(2, t.cellAt(0, 2).colSpan());
        assertEquals(new Box(2, 96, 842 - 701, 125, 842 - 693), country.box());
        assertEquals(new Box(2, 88, 842 - 712, 506, 842 - 607), gt.region());
    }

    @Test
    void coordinateTypo_readsLeadingNumber() {
        Cell b = IcdarGroundTruth.parse(STR, REG, page -> A4).get(0).table().cellAt(1, 2);
        assertEquals(26, b.box().x0());
    }

    @Test
    void missingRegionFile_usesUnionOfCellBoxes() {
        GroundTruthTable gt = IcdarGroundTruth.parse(STR, null, page -> A4).get(0);
        assertEquals(842 - 712, gt.region().y0());
        assertEquals(842 - 690, gt.region().y1());
    }

    @Test
    void offsetCropBox_shiftsToCropOrigin() {
        PageFrame cropped = new PageFrame(10, 20, 575, 800);
        Box b = cropped.toTopLeft(1, 110, 720, 210, 740);
        assertEquals(new Box(1, 100, 80, 200, 100), b); // crop top = 20 + 800
    }

    @Test
    void realGroundTruth_againstItself_scoresF1One() throws Exception {
        Path dir = SharedFiles.require("corpus/public/pdf-tables/icdar2013");
        Path pdf = dir.resolve("eu-018.pdf");
        PageFrames frames = PageFrames.of(pdf);
        List<GroundTruthTable> gt = IcdarGroundTruth.parse(Files.readString(dir.resolve("eu-018.expected.str.xml")),
                Files.readString(dir.resolve("eu-018.expected.reg.xml")), frames::page);
        assertEquals(2, gt.size());
        IcdarDocumentResult r = IcdarEvaluator.evaluate("eu-018.pdf", gt, gt.stream().map(GroundTruthTable::table).toList());
        assertEquals(2, r.matchedTables());
        assertEquals(1.0, r.score().f1());
        assertTrue(r.score().groundTruth() > 100);
        // Every annotated cell lies inside its annotated region once both are converted.
        for (GroundTruthTable t : gt) {
            for (Cell c : t.table().cells()) {
                assertTrue(Regions.containsCentre(t.region(), c.box()), c + " outside " + t.region());
            }
        }
    }
}
