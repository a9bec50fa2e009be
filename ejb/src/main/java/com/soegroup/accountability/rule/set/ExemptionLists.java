package com.soegroup.accountability.rule.set;

import java.util.List;
import java.util.Optional;

/**
 * The exemption lists (免责事项清单) the shipped rule sets name ({@link RuleSet#exemptionList()}).
 * <p>
 * The central set: Order No. 46 (国资委令第46号) adds a due-diligence exemption (尽职合规免责, rules.md §2), but its list
 * is not in the seed documents. The entries below are the matters the spec names and those central SOEs' published
 * exemption lists commonly hold; the list says so (source, not reviewed) until somebody checks them against the
 * order's text. The municipal set: the seed (《实施办法》) has M§32's conditions and no exemption list, so that set names
 * none and the evaluation offers only M§32.
 */
public final class ExemptionLists {

    private static final List<String> DUE_DILIGENCE = List.of("依法依规履行了决策程序", "勤勉尽责、未谋取私利",
            "未违反有令不行、有禁不止、主观故意、独断专行等排除情形");

    public static final ExemptionList O46_2026 = new ExemptionList("O46-2026",
            "《中央企业违规经营投资责任追究实施办法》（国资委令第46号）免责事项清单",
            "国资委令第46号“尽职合规免责”（rules.md §2）；清单原文未收入种子文件，条目据公开资料整理（待核）", false, List.of(
            new ExemptionMatter(1, "经营决策依法合规、勤勉尽责，因不可预见、不可抗拒的市场或政策变化造成损失",
                    DUE_DILIGENCE),
            new ExemptionMatter(2, "在国家尚无明确规定的改革创新、先行先试中出现失误",
                    List.of("属于国家或上级部署的改革探索事项", "依法依规履行了决策程序", "未谋取私利")),
            new ExemptionMatter(3, "科技创新、研发投入按规定程序实施而未达预期",
                    List.of("立项经过可行性论证和决策程序", "过程中勤勉尽责、如实记录", "未谋取私利")),
            new ExemptionMatter(4, "执行上级决策部署、政策调整造成损失",
                    List.of("已及时报告并提出意见", "已采取措施防止损失扩大")),
            new ExemptionMatter(5, "突发事件、紧急情况下为避免更大损失临时决策",
                    List.of("事后及时报告并经集体追认", "不存在主观故意或重大过失")),
            new ExemptionMatter(6, "重大决策前已按规定开展合法性审查、风险评估，决策时已提示的风险发生",
                    List.of("已按规定履行合法性审查和风险评估程序", "已采取审慎的风险防范措施"))));

    private static final List<ExemptionList> ALL = List.of(O46_2026);

    private ExemptionLists() {
    }

    public static Optional<ExemptionList> byCode(String code) {
        return ALL.stream().filter(list -> list.code().equals(code)).findFirst();
    }

    public static List<ExemptionList> all() {
        return ALL;
    }
}
