package com.soegroup.accountability.org;

import com.soegroup.accountability.shared.table.Table;
import com.soegroup.accountability.shared.table.TableReader;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String PEOPLE_HEADER = "工号*,姓名*,所属企业代码*,部门,职务,职级,是否企业负责人,是否领导班子成员,人员状态,状态日期,登录账号,身份证件号码";

    @Test
    void aThousandRowsWithOneBadRowReportExactlyThatRowAndColumn() throws Exception {
        StringBuilder csv = new StringBuilder(PEOPLE_HEADER).append("\n");
        for (int i = 1; i <= 1000; i++) {
            String status = i == 537 ? "退休" : "在职";
            // row 538 of the file (header is row 1): retired, but without the date a retirement needs
            csv.append("P").append(i).append(",员工").append(i).append(",YBJS,财务部,专员,一般员工,否,否,")
                    .append(status).append(",,,\n");
        }

        ImportParser.Parsed<ImportParser.PersonRow> parsed = ImportParser.people(table(csv.toString()));

        assertEquals(List.of(new ImportError(538, "状态日期", "person.statusDate.required", List.of())), parsed.errors());
        assertEquals(999, parsed.rows().size());
        assertEquals(1000, parsed.total());
    }

    @Test
    void chineseLabelsYesNoAndCodesAreUnderstood() throws Exception {
        ImportParser.Parsed<ImportParser.PersonRow> parsed = ImportParser.people(table(PEOPLE_HEADER + "\n"
                + "YB1,王敏,ybjt,纪检监察部,主任,中层正职,是,否,调离,2025/3/1,office,11010519491231002X\n"
                + "YB2,李建国,YBJT,,,,N,Y,RETIRED,2024年12月31日,,\n"));

        assertEquals(List.of(), parsed.errors());
        PersonInput first = parsed.rows().get(0).input();
        assertEquals("YBJT", first.enterpriseCode());
        assertTrue(first.enterpriseHead());
        assertEquals(PersonStatus.TRANSFERRED, first.status());
        assertEquals(LocalDate.of(2025, 3, 1), first.statusDate());
        assertEquals(PersonStatus.RETIRED, parsed.rows().get(1).input().status());
        assertEquals(LocalDate.of(2024, 12, 31), parsed.rows().get(1).input().statusDate());
        assertTrue(parsed.rows().get(1).input().leadershipMember());
    }

    @Test
    void everyBadCellOfEveryRowIsListedNotJustTheFirst() throws Exception {
        ImportParser.Parsed<ImportParser.PayRow> parsed = ImportParser.pay(table("工号,年度,绩效年薪（元）,任期激励收入（元）,中长期激励收入（元）\n"
                + "YB1,2025,\"1,200,000.50\",,\n"
                + "YB2,二〇二五,abc,-5,\n"
                + "YB3,2027,100.123,,\n"
                + "YB1,2025,1,,\n"), TODAY);

        assertEquals(List.of(
                new ImportError(3, "年度", "year.invalid", List.of()),
                new ImportError(3, "绩效年薪（元）", "money.invalid", List.of()),
                new ImportError(4, "年度", "year.range", List.of(OrgRules.MIN_YEAR, 2026)),
                new ImportError(4, "绩效年薪（元）", "money.scale", List.of()),
                new ImportError(5, "工号", "import.duplicate", List.of(2))), parsed.errors());
        assertEquals(new BigDecimal("1200000.50"), parsed.rows().get(0).data().performanceSalary());
    }

    @Test
    void missingRequiredAndUnknownColumnsAreReportedOnTheHeaderRow() throws Exception {
        ImportParser.Parsed<ImportParser.AssetsRow> parsed = ImportParser.assets(table("企业代码,资产\nYBJS,1\n"), TODAY);

        assertEquals(List.of(
                new ImportError(1, "资产", "import.column.unknown", List.of("资产")),
                new ImportError(1, "年度", "import.column.missing", List.of("年度")),
                new ImportError(1, "年末资产总额（元）", "import.column.missing", List.of("年末资产总额（元）"))), parsed.errors());
    }

    @Test
    void englishFieldNamesAreAcceptedAsHeadersForHrSystems() throws Exception {
        ImportParser.Parsed<ImportParser.EnterpriseRow> parsed = ImportParser.enterprises(table(
                "code,fullName,parent,type,uscc\nYBNEW,示范新公司,YBJT,控股企业,91440300708461136T\n"));

        assertEquals(List.of(), parsed.errors());
        assertEquals(EnterpriseType.CONTROLLED, parsed.rows().get(0).input().type());
    }

    @Test
    void aWrongUsccIsNamed() throws Exception {
        ImportParser.Parsed<ImportParser.EnterpriseRow> parsed = ImportParser.enterprises(table(
                "企业代码,企业全称,上级企业代码,企业类型,统一社会信用代码\nYBNEW,示范新公司,YBJT,全资企业,91440300708461137T\n"));

        assertEquals(List.of(new ImportError(2, "统一社会信用代码", "enterprise.uscc.invalid", List.of())), parsed.errors());
    }

    @Test
    void theTemplatesReadBackWithEveryColumnRecognised() throws Exception {
        for (ImportKind kind : ImportKind.values()) {
            for (ImportTemplates.Format format : ImportTemplates.Format.values()) {
                Table template = TableReader.read(ImportTemplates.of(kind, format));
                List<String> expected = new ArrayList<>();
                kind.columns().forEach(c -> expected.add(c.templateHeader()));
                assertEquals(expected, template.headers(), kind + " " + format);
                for (String header : template.headers()) {
                    assertTrue(ImportParser.columnFor(kind, header) != null, header);
                }
            }
        }
    }

    private static Table table(String csv) throws Exception {
        return TableReader.read(csv.getBytes(StandardCharsets.UTF_8));
    }
}
