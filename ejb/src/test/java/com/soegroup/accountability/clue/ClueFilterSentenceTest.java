package com.soegroup.accountability.clue;

import com.soegroup.accountability.rule.level.LossLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ledger exports' filter line reads as a sentence with names, never as codes. */
class ClueFilterSentenceTest {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("clue.export.filter.none", "全部线索"), Map.entry("clue.export.filter.separator", "；"),
            Map.entry("clue.export.filter.and", "、"), Map.entry("clue.export.filter.enterprise", "单位：{0}"),
            Map.entry("clue.export.filter.withSubsidiaries", "{0}（含下属企业）"), Map.entry("clue.export.filter.status", "状态：{0}"),
            Map.entry("clue.export.filter.source", "来源：{0}"), Map.entry("clue.export.filter.receivedBetween", "收到日期：{0} 至 {1}"),
            Map.entry("clue.export.filter.receivedFrom", "收到日期：{0} 起"), Map.entry("clue.export.filter.receivedTo", "收到日期：{0} 止"),
            Map.entry("clue.export.filter.supervised", "挂牌督办"), Map.entry("clue.export.filter.notSupervised", "未挂牌督办"),
            Map.entry("clue.export.filter.overdue", "仅逾期"), Map.entry("clue.export.filter.level", "问题等级：{0}"),
            Map.entry("clue.export.filter.text", "关键词：{0}"), Map.entry("ClueSource.REPORT", "信访举报"),
            Map.entry("ClueSource.AUDIT", "审计发现"), Map.entry("ClueStatus.CHECKING", "初步核实"), Map.entry("clue.level.MAJOR", "重大"));

    private static final Function<String, String> T = key -> ZH.getOrDefault(key, key);
    private static final Function<String, String> NAMES = code -> "YBJSSJ".equals(code) ? "示范建设设计院有限公司" : code;

    @Test
    void theIssuesExampleReadsAsASentence() {
        ClueFilter filter = new ClueFilter("YBJSSJ", false, Set.of(), Set.of(ClueSource.REPORT), null, null, null, false, null, " 预付 ");
        assertEquals("单位：示范建设设计院有限公司；来源：信访举报；关键词：预付", ClueExportTexts.filterSentence(filter, T, NAMES));
    }

    @Test
    void everyFieldHasItsWords() {
        ClueFilter filter = new ClueFilter("YBJSSJ", true, Set.of(ClueStatus.CHECKING), Set.of(ClueSource.AUDIT, ClueSource.REPORT),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), Boolean.TRUE, true, LossLevel.MAJOR, null);
        assertEquals("单位：示范建设设计院有限公司（含下属企业）；状态：初步核实；来源：信访举报、审计发现；"
                + "收到日期：2026-01-01 至 2026-06-30；挂牌督办；仅逾期；问题等级：重大", ClueExportTexts.filterSentence(filter, T, NAMES));
    }

    @Test
    void noFilterSaysAllClues() {
        assertEquals("全部线索", ClueExportTexts.filterSentence(ClueFilter.ALL, T, NAMES));
        assertEquals("全部线索", ClueExportTexts.filterSentence(null, T, NAMES));
        assertEquals("收到日期：2026-03-01 起；未挂牌督办", ClueExportTexts.filterSentence(new ClueFilter(null, true, Set.of(), Set.of(),
                LocalDate.of(2026, 3, 1), null, Boolean.FALSE, false, null, "  "), T, NAMES));
    }
}
