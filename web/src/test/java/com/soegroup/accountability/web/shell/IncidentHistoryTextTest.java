package com.soegroup.accountability.web.shell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The one-event-one-report's history lines (issue 19) read as sentences: stages, triggers and levels in words. */
class IncidentHistoryTextTest {

    private static final HistoryText.Names NAMES = new HistoryText.Names() {
        @Override
        public String person(String userId) { return "leader".equals(userId) ? "李强" : userId; }

        @Override
        public String employee(String employeeNo) { return employeeNo; }

        @Override
        public String enterprise(String code) { return code; }
    };

    private static HistoryText in(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = IncidentHistoryTextTest.class.getResourceAsStream("/" + bundle + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new HistoryText(p::getProperty, NAMES);
    }

    @Test
    void aRaisedReportAndASendingReadInWords() throws IOException {
        HistoryText zh = in("messages_zh_CN");
        assertEquals("起因：线索可能损失达到较大及以上；损失等级：较大资产损失；发现或收到日期：2026-03-06",
                zh.details("trigger=CLUE_LEVEL; level=LARGER; foundOn=2026-03-06"));
        assertEquals("类别：快报；报送日期：2026-03-12；渠道：机要件；文号：示范报〔2026〕3号；报送对象：市国资委",
                zh.details("kind=FLASH; sentOn=2026-03-12; channel=机要件; reference=示范报〔2026〕3号; recipient=市国资委"));
        assertEquals("延期：10 天", zh.details("days=10"));
        String en = in("messages_en").details("kind=PRELIMINARY; textNo=3; trigger=MARKED");
        assertFalse(en.matches(".*[A-Z]{3,}.*"), "no code left: " + en);
    }

    @Test
    void theCasesStagesTheDecisionAndAMergeReadInWords() throws IOException {
        HistoryText zh = in("messages_zh_CN");
        assertEquals("案件阶段：报告已批准", zh.details("stage=REPORT_APPROVED"));
        assertEquals("处理决定批准日期：2026-03-20", zh.details("decidedOn=2026-03-20"));
        assertEquals("报告：YBJSWY-BG-2026-0003；并入线索：YBJSWY-XS-2026-0007",
                zh.details("report=YBJSWY-BG-2026-0003; survivor=YBJSWY-XS-2026-0007"));
        String en = in("messages_en").details("stage=CONCLUDED; decidedOn=2026-03-20; kind=PROGRESS");
        assertFalse(en.matches(".*[A-Z]{3,}.*"), "no code left: " + en);
    }
}
