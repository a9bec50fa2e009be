package com.soegroup.accountability.web.shell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** History lines as sentences, from the codes they keep, in either language, with names for people and units. */
class HistoryTextTest {

    private static final HistoryText.Names NAMES = new HistoryText.Names() {
        private final Map<String, String> people = Map.of("leader", "李强", "office", "王敏");
        private final Map<String, String> employees = Map.of("E1001", "赵刚");
        private final Map<String, String> enterprises = Map.of("YBJS", "示范建设投资有限公司");

        @Override
        public String person(String userId) { return people.getOrDefault(userId, userId); }

        @Override
        public String employee(String employeeNo) { return employees.getOrDefault(employeeNo, employeeNo); }

        @Override
        public String enterprise(String code) { return enterprises.getOrDefault(code, code); }
    };

    private static HistoryText in(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HistoryTextTest.class.getResourceAsStream("/" + bundle + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Function<String, String> texts = p::getProperty;
        return new HistoryText(texts, NAMES);
    }

    @Test
    void aClueTransitionReadsAsASentence() throws IOException {
        assertEquals("承办人：赵刚；办理期限：2026-12-10", in("messages_zh_CN").details("handler=赵刚; deadline=2026-12-10"));
        assertEquals("Handler: 赵刚; Deadline: 2026-12-10", in("messages_en").details("handler=赵刚; deadline=2026-12-10"));
    }

    @Test
    void aRecoveryReadsWithItsMethodInWords() throws IOException {
        String zh = in("messages_zh_CN").details("item=12; event=40; amount=150000.50; method=LITIGATION; date=2026-11-30");
        assertEquals("损失项：12；追损记录编号：40；金额（元）：150000.50；挽回方式：追偿诉讼；日期：2026-11-30", zh);
        String en = in("messages_en").details("amount=-20000.00; method=INSURANCE");
        assertFalse(en.contains("INSURANCE"), en);
        assertTrue(en.contains("Insurance claim"), en);
    }

    @Test
    void codesBecomeTheirWordsAndListsAreJoined() throws IOException {
        String zh = in("messages_zh_CN").details("outcome=STANDARD; measures=[CIRCULATED_CRITICISM, ADMONISHMENT]; deviation=null");
        assertFalse(zh.matches(".*[A-Z]{3,}.*"), zh);
        assertTrue(zh.startsWith("处理结果："), zh);
        assertTrue(zh.contains("、"), zh);
        assertFalse(zh.contains("deviation") || zh.contains("null"), "an empty value is left out: " + zh);
        String en = in("messages_en").details("outcome=STANDARD; measures=[CIRCULATED_CRITICISM]");
        assertFalse(en.matches(".*[A-Z]{3,}.*"), en);
    }

    @Test
    void peopleEmployeesAndUnitsShowByName() throws IOException {
        HistoryText zh = in("messages_zh_CN");
        assertEquals("督办领导：李强；办理期限：2026-12-10；进展报告间隔：14 天", zh.details("leader=leader; deadline=2026-12-10; interval=14"));
        assertEquals("被调查人：赵刚；责任认定：" + zh.value("responsibility", "DIRECT"), zh.details("subject=E1001; responsibility=DIRECT"));
        assertTrue(zh.details("proposed=YBJS; confirmed=YBJS; ownerInstitution=false").startsWith("建议承办单位：示范建设投资有限公司；"));
        assertTrue(zh.details("proposed=YBJS; confirmed=YBJS; ownerInstitution=false").endsWith("由出资机构承办：否"));
        assertEquals("类别：" + zh.value("kind", "DISCIPLINARY") + "；移交至：示范建设投资有限公司", zh.details("kind=DISCIPLINARY; to=YBJS"));
    }

    @Test
    void aListsFilterInTheAuditTrailReadsAsASentence() throws IOException {
        HistoryText zh = in("messages_zh_CN");
        assertEquals("企业：示范建设投资有限公司（含下属企业）；来源：" + zh.value("source", "REPORT") + "；关键词：预付 工程款",
                zh.filter("enterprise=YBJS+ source=[REPORT] text=预付 工程款"));
        assertEquals("状态：" + zh.value("status", "CHECKING") + "、" + zh.value("status", "REGISTERED") + "；仅逾期：是",
                zh.filter("status=[CHECKING, REGISTERED] overdue=true"));
        assertEquals("", zh.filter(""));
    }

    /** Entries of a kind written later (by another part of the application) still read, keys and all. */
    @Test
    void unknownKeysAndValuesStayReadable() throws IOException {
        HistoryText zh = in("messages_zh_CN");
        assertEquals("意见：同意，按从轻处理", zh.details("opinion=同意，按从轻处理"));
        assertEquals("newKey：some value；状态：" + zh.value("status", "CHECKING"), zh.details("newKey=some value; status=CHECKING"));
        assertEquals("a plain remark", zh.details("a plain remark"));
        assertEquals("", zh.details(null));
        assertEquals("", zh.details("  "));
    }
}
