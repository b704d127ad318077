package org.selfeval.structure;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Cell;
import org.selfeval.model.DocumentMetadata;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportIdentityTest {

    private static ReportDocument doc(String title, Table... tables) {
        DocumentMetadata m = new DocumentMetadata("t.pdf", "0", 1, "pdf", "application/pdf", 1, null, null, null, false);
        List<org.selfeval.model.Block> blocks = new java.util.ArrayList<>();
        blocks.add(Paragraph.of(title, 1));
        blocks.addAll(List.of(tables));
        return new ReportDocument(m, blocks, List.of());
    }

    @Test
    void departmentReport_identityFromTitle() {
        ReportIdentity id = ReportIdentity.of(doc("2024年度岳阳市君山区科技和工业信息化局整体支出绩效自评报告"));
        assertEquals(2024, id.year());
        assertEquals("岳阳市君山区科技和工业信息化局", id.department());
        assertEquals("岳阳市君山区", id.region());
        assertEquals("部门整体支出", id.kind());
    }

    @Test
    void projectReport_departmentFromTheFormNotTheProjectName() {
        Table form = new Table(List.of(1), 2, 4, List.of(
                Cell.of(0, 0, "项目名称"), Cell.spanning(0, 1, 1, 3, "专项工作经费"),
                Cell.of(1, 0, "主管部门"), Cell.of(1, 1, "岳阳市云溪区林业局"),
                Cell.of(1, 2, "实施单位"), Cell.of(1, 3, "云溪区林业站")), "lattice", null);
        ReportIdentity id = ReportIdentity.of(doc("2021年度专项工作经费项目支出绩效自评报告", form));
        assertEquals("项目支出", id.kind());
        assertEquals("岳阳市云溪区林业局", id.department());
        assertEquals("岳阳市云溪区", id.region());
        assertEquals(2021, id.year());
    }

    @Test
    void departmentBeforeTheYear() {
        ReportIdentity id = ReportIdentity.of(doc("临江县水利局2023年度部门整体支出绩效自评报告"));
        assertEquals(2023, id.year());
        assertEquals("临江县水利局", id.department());
        assertEquals("临江县", id.region());
        assertEquals("部门整体支出", id.kind());
    }

    @Test
    void yearThenUnitThenKind() {
        ReportIdentity id = ReportIdentity.of(doc("2022年度南湖区文化旅游广电体育局整体支出绩效自评报告"));
        assertEquals("南湖区文化旅游广电体育局", id.department());
    }

    @Test
    void projectTitle_unitInBrackets() {
        assertEquals("北山县农业农村局",
                TitleGrammar.unit("高标准农田建设项目（北山县农业农村局）2023年度项目支出绩效自评报告", UnitNames.defaults()));
    }

    @Test
    void projectTitle_unitBeforeProjectName() {
        assertEquals("北山县交通运输局",
                TitleGrammar.unit("北山县交通运输局农村公路养护项目2023年度项目支出绩效自评报告", UnitNames.defaults()));
    }

    @Test
    void titleWithoutUnit_coverLineNamesIt() {
        DocumentMetadata m = new DocumentMetadata("t.pdf", "0", 1, "pdf", "application/pdf", 1, null, null, null, false);
        ReportDocument d = new ReportDocument(m, List.of(
                Paragraph.of("2023年度部门整体支出绩效自评报告", 1),
                Paragraph.of("单位名称（盖章）：东港市卫生健康委员会", 1),
                Paragraph.of("填报日期：2024年3月1日", 1)), List.of());
        ReportIdentity id = ReportIdentity.of(d);
        assertEquals("东港市卫生健康委员会", id.department());
        assertEquals(2023, id.year());
    }

    @Test
    void coverValueStopsAtTheDate() {
        assertEquals("东港市财政局", TitleGrammar.valueAfter("填报单位：东港市财政局2024年3月", "填报单位"));
    }
}
