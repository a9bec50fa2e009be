package com.soegroup.accountability.effect;

import com.soegroup.accountability.shared.AccountabilityException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CandidateListTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String refusal(byte[] content) {
        AccountabilityException e = assertThrows(AccountabilityException.class, () -> CandidateList.parse(content));
        assertEquals(CandidateList.FIELD, e.field());
        return e.messageKey();
    }

    @ParameterizedTest
    @ValueSource(strings = {"工号,姓名\n", "Employee No.\n", "employeeNo\n", "\uFEFF工号\n"})
    void aHeaderRowIsSkipped(String header) {
        assertEquals(List.of("YB000150", "YB000151", "YB000150"),
                CandidateList.parse(utf8(header + "YB000150,王建华\n YB000151 \n\nYB000150\n")));
    }

    @Test
    void withoutAHeaderTheFirstRowIsACandidate() {
        assertEquals(List.of("YB000150", "DEMO-HR"), CandidateList.parse(utf8("YB000150\r\nDEMO-HR\r\n")));
    }

    @Test
    void gbkCsvAsExcelSavesIt() {
        assertEquals(List.of("YB000150"), CandidateList.parse("工号,姓名\nYB000150,王建华\n".getBytes(Charset.forName("GBK"))));
    }

    @Test
    void firstColumnOfAWorkbookWithNumbersAsText() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("候选人");
            sheet.createRow(0).createCell(0).setCellValue("工号");
            sheet.createRow(1).createCell(0).setCellValue("YB000150");
            sheet.createRow(2).createCell(0).setCellValue("YB000152");
            book.write(out);
            assertEquals(List.of("YB000150", "YB000152"), CandidateList.parse(out.toByteArray()));
        }
    }

    @Test
    void otherContentIsRefusedByContentNotName() {
        byte[] pdf = utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n");
        pdf[12] = 0;
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        byte[] notAWorkbook = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};

        assertEquals("effect.upload.type", refusal(pdf));
        assertEquals("effect.upload.type", refusal(png));
        assertEquals("effect.upload.type", refusal(notAWorkbook));
    }

    @Test
    void emptyTooLargeTooManyAndNoRows() {
        assertEquals("effect.upload.empty", refusal(new byte[0]));
        assertEquals("effect.upload.tooLarge", refusal(new byte[CandidateList.MAX_BYTES + 1]));
        assertEquals("effect.upload.noRows", refusal(utf8("工号\n\n")));
        StringBuilder many = new StringBuilder("工号\n");
        for (int i = 0; i <= EffectService.MAX_BATCH; i++) {
            many.append("P").append(i).append('\n');
        }
        assertEquals("effect.upload.tooMany", refusal(utf8(many.toString())));
        assertEquals(EffectService.MAX_BATCH, CandidateList.parse(utf8(many.substring(0, many.lastIndexOf("P")))).size());
    }
}
