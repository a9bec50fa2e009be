package com.soegroup.accountability.it.org;

import com.soegroup.accountability.org.Uscc;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static com.soegroup.accountability.testsupport.ImportFixtures.PAY_HEADER;
import static com.soegroup.accountability.testsupport.ImportFixtures.PEOPLE_HEADER;
import static com.soegroup.accountability.testsupport.ImportFixtures.upload;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Master-data import through the API as an HR system uses it: all or nothing, every bad row reported. */
class ImportIT extends ApplicationIT {

    @Test
    void aThousandRowFileWithOneBadRowSavesNothingAndReportsThatRowThenTheFixedFileSavesAllAndAgainChangesNothing() {
        String bad = thousandPeople(true);

        Api.Reply rejected = upload("hr", "/people/import", "PEOPLE", "people.csv", bad.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, rejected.status(), rejected::toString);
        assertEquals("INVALID_INPUT", rejected.json().getString("error"));
        assertEquals("file", rejected.json().getString("field"));
        assertTrue(rejected.json().getString("message").contains("1 行数据有误"), rejected::toString);
        List<JsonObject> rows = rejected.json().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(1, rows.size(), rows::toString);
        assertEquals(538, rows.get(0).getInt("row"));
        assertEquals("状态日期", rows.get(0).getString("column"));
        assertEquals("人员状态为调离、离职或退休时，必须填写状态日期。", rows.get(0).getString("reason"));
        assertEquals(404, Api.as("hr").get("/people/IMP0001").status(), "not one row was saved");

        String good = thousandPeople(false);
        Api.Reply saved = upload("hr", "/people/import", null, "people.csv", good.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(1000, saved.json().getInt("created"));
        int version = Api.as("hr").get("/people/IMP0537").json().getJsonObject("person").getInt("version");

        Api.Reply again = upload("hr", "/people/import", null, "people.csv", good.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, again.status(), again::toString);
        assertEquals(0, again.json().getInt("created"));
        assertEquals(0, again.json().getInt("updated"));
        assertEquals(1000, again.json().getInt("unchanged"));
        assertEquals(version, Api.as("hr").get("/people/IMP0537").json().getJsonObject("person").getInt("version"));
    }

    @Test
    void gbkAndUtf8FilesBothReadChineseCorrectly() {
        String csv = PEOPLE_HEADER + "\r\nGBK001,欧阳晓燕,YBNYRQ,安全生产部,主管,一般员工,否,否,在职,,,\r\n";
        String utf = PEOPLE_HEADER + "\r\nUTF001,司马振宇,YBNYRQ,安全生产部,主管,一般员工,否,否,在职,,,\r\n";

        assertEquals(200, upload("hr", "/people/import", "PEOPLE", "gbk.csv", csv.getBytes(Charset.forName("GBK"))).status());
        assertEquals(200, upload("hr", "/people/import", "PEOPLE", "utf8.csv", utf.getBytes(StandardCharsets.UTF_8)).status());

        assertEquals("欧阳晓燕", Api.as("hr").get("/people/GBK001").json().getJsonObject("person").getString("name"));
        assertEquals("安全生产部", Api.as("hr").get("/people/GBK001").json().getJsonObject("person").getString("department"));
        assertEquals("司马振宇", Api.as("hr").get("/people/UTF001").json().getJsonObject("person").getString("name"));
    }

    @Test
    void enterprisesAndTheirAssetsComeFromXlsxAndReimportingChangesNothing() throws Exception {
        String first17 = "91511500MA6CWTC01";
        String uscc = first17 + Uscc.checkCharacter(first17);
        byte[] enterprises = xlsx(List.of("企业代码*", "企业全称*", "企业简称", "上级企业代码", "企业类型*", "统一社会信用代码"),
                List.of(List.of("YBITXL", "示范智慧停车有限公司", "示范停车", "YBWT", "控股企业", uscc)));
        int lastYear = LocalDate.now().getYear() - 1;
        byte[] assets = xlsx(List.of("企业代码", "年度", "年末资产总额（元）", "年末净资产（元）", "数据来源"),
                List.of(List.of("YBITXL", lastYear, 123456789.5, -2500000, "审计报告"),
                        List.of("YBITXL", lastYear - 1, 98765432.1, 1000000, "审计报告")));

        Api.Reply created = upload("admin", "/enterprises/import", "ENTERPRISES", "enterprises.xlsx", enterprises);
        assertEquals(200, created.status(), created::toString);
        assertEquals(1, created.json().getInt("created"));
        Api.Reply withAssets = upload("admin", "/enterprises/import", "ASSETS", "assets.xlsx", assets);
        assertEquals(200, withAssets.status(), withAssets::toString);
        assertEquals(2, withAssets.json().getInt("created"));

        JsonObject detail = Api.as("office").get("/enterprises/YBITXL").json();
        assertEquals("示范智慧停车有限公司", detail.getJsonObject("enterprise").getString("fullName"));
        assertEquals("YBWT", detail.getJsonObject("enterprise").getString("parent"));
        assertEquals("123456789.50", detail.getJsonArray("assets").getJsonObject(0).getString("totalAssets"));
        assertEquals("-2500000.00", detail.getJsonArray("assets").getJsonObject(0).getString("netAssets"));

        assertEquals(1, upload("admin", "/enterprises/import", null, "enterprises.xlsx", enterprises).json().getInt("unchanged"));
        assertEquals(2, upload("admin", "/enterprises/import", "ASSETS", "assets.xlsx", assets).json().getInt("unchanged"));
    }

    @Test
    void payIsImportedByHrForPeopleOfItsScopeOnly() {
        String people = PEOPLE_HEADER + "\r\nPAY001,宋佳琪,YBJRDB,风控部,经理,中层正职,否,否,在职,,,\r\n";
        assertEquals(200, upload("hr", "/people/import", "PEOPLE", "p.csv", people.getBytes(StandardCharsets.UTF_8)).status());
        String pay = PAY_HEADER + "\r\nPAY001,2025,\"360,000.00\",,\r\nPAY001,2024,350000,90000,\r\nNOBODY,2025,1,,\r\n";

        Api.Reply unknown = upload("hr", "/people/import", "PAY", "pay.csv", pay.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(4, unknown.json().getJsonArray("rows").getJsonObject(0).getInt("row"));
        assertEquals(403, upload("admin", "/people/import", "PAY", "pay.csv", pay.getBytes(StandardCharsets.UTF_8)).status(),
                "pay is HR's");
        assertEquals(403, upload("liaison", "/people/import", "PEOPLE", "p.csv", people.getBytes(StandardCharsets.UTF_8)).status());

        String fixed = pay.replace("NOBODY,2025,1,,\r\n", "");
        Api.Reply saved = upload("hr", "/people/import", "PAY", "pay.csv", fixed.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, saved.status(), saved::toString);
        List<JsonObject> years = Api.as("hr").get("/people/PAY001/pay").parse().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals("360000.00", years.get(0).getString("performanceSalary"));
        assertEquals("90000.00", years.get(1).getString("termIncentive"));
    }

    @Test
    void anImportRespectsTheImportersScope() {
        try {
            assertEquals(200, Api.as("admin").put("/scopes/hr", "{\"homeEnterprise\": \"YBJSSJ\"}").status());
            String outside = PEOPLE_HEADER + "\r\nSCP001,林静怡,YBNY,财务部,专员,一般员工,否,否,在职,,,\r\n"
                    + "DEMO-AUDITOR,赵磊,YBJSSJ,财务部,专员,一般员工,否,否,在职,,,\r\n";

            Api.Reply reply = upload("hr", "/people/import", "PEOPLE", "p.csv", outside.getBytes(StandardCharsets.UTF_8));

            assertEquals(400, reply.status(), reply::toString);
            List<JsonObject> rows = reply.json().getJsonArray("rows").getValuesAs(JsonObject.class);
            assertEquals("企业“YBNY”不存在，或不在您的数据范围内。", rows.get(0).getString("reason"));
            assertEquals("工号“DEMO-AUDITOR”已属于您数据范围以外的人员。", rows.get(1).getString("reason"));
        } finally {
            Api.as("admin").delete("/scopes/hr");
        }
        assertEquals("YBNY", Api.as("auditor").get("/people/DEMO-AUDITOR").json().getJsonObject("person").getString("enterprise"));
    }

    @Test
    void templatesDownloadAsXlsxOrCsvAndUnreadableFilesAreRefusedWithASentence() {
        HttpResponse<byte[]> xlsx = Api.as("hr").download("/people/import/template?kind=PAY");
        HttpResponse<byte[]> csv = Api.as("admin").download("/enterprises/import/template?kind=ASSETS&format=csv");

        assertEquals(200, xlsx.statusCode());
        assertArrayEquals(new byte[]{'P', 'K'}, new byte[]{xlsx.body()[0], xlsx.body()[1]});
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).startsWith("\uFEFF企业代码*,年度*,年末资产总额（元）*"));

        Api.Reply garbage = upload("hr", "/people/import", "PEOPLE", "x.xlsx", new byte[]{'P', 'K', 3, 4, 9, 9, 9, 9});
        assertEquals(400, garbage.status(), garbage::toString);
        assertEquals("无法读取该文件，请使用 Excel（.xlsx）或 CSV 格式。", garbage.json().getString("message"));
    }

    private static String thousandPeople(boolean oneBad) {
        StringBuilder csv = new StringBuilder(PEOPLE_HEADER).append("\r\n");
        for (int i = 1; i <= 1000; i++) {
            boolean retired = i == 537;
            csv.append(String.format("IMP%04d", i)).append(",导入员工").append(i).append(i % 2 == 0 ? ",YBJS," : ",YBJSLQ,")
                    .append("工程管理部,专员,一般员工,否,否,").append(retired ? "退休," : "在职,")
                    .append(retired && !oneBad ? "2025-06-30" : "").append(",,\r\n");
        }
        return csv.toString();
    }

    private static byte[] xlsx(List<String> headers, List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("数据");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
