package org.selfeval.sections;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.model.ReportDocument;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.profile.ProfileRegistry;
import org.selfeval.profile.RuleProfile;
import org.selfeval.structure.ReportIdentity;
import org.selfeval.testing.SharedFiles;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed report, in every format, against the default profile (rubric §7). */
class SeedSectionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed/seed-report.docx", "seed/seed-report.doc", "seed/seed-report.pdf"})
    void seed_isCompleteUnderDefaultProfile(String file) {
        Path path = SharedFiles.require(file);
        ExtractResult r = DocumentReader.standard().read(path, ExtractOptions.defaults());
        assertTrue(r.isOk(), () -> "extraction failed: " + r.failure());
        ReportDocument doc = r.document();
        ReportIdentity id = ReportIdentity.of(doc);
        assertEquals(2024, id.year());
        assertEquals("岳阳市君山区科技和工业信息化局", id.department());
        assertEquals("岳阳市君山区", id.region());

        ProfileRegistry registry = ProfileRegistry.load(Path.of("config", "rules"));
        RuleProfile profile = registry.select(doc, id.title());
        assertEquals("hn-yy-dept-2020", profile.id());
        SectionReport report = new SectionMatcher().match(doc, profile);
        assertEquals(java.util.List.of(), report.missing());
        assertEquals(15.0, report.completeness().total());
        assertEquals(10, report.sections().stream().filter(s -> s.canonical() != null).count());
        assertEquals(java.util.List.of("项目支出绩效自评表"), report.conditionalMissing());
    }
}
