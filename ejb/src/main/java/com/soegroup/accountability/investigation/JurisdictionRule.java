package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.level.LossLevel;

/**
 * rules.md §9 (M§35–37, O63 §6(2)): which unit handles a case. GENERAL: the enterprise where the loss occurred;
 * LARGER or MAJOR: the enterprise one level up. The owner institution (国资委) handles MAJOR losses and every case
 * involving an enterprise head (M§36): then the proposal is the group's top enterprise, flagged for referral to
 * the owner institution (which has no scope in this system). A person confirms or changes the proposal.
 */
public final class JurisdictionRule {

    /** @param unit the enterprise code proposed; @param ownerInstitution refer to SASAC; @param basisKey the sentence */
    public record Proposal(String unit, boolean ownerInstitution, String basisKey) {
    }

    private JurisdictionRule() {
    }

    public static Proposal propose(LossLevel level, boolean involvesEnterpriseHead, String lossEnterprise,
                                   String parentOfLossEnterprise, String groupTop) {
        if (level == null) {
            return new Proposal(lossEnterprise, false, "jurisdiction.basis.noLevel");
        }
        if (level == LossLevel.MAJOR || involvesEnterpriseHead) {
            return new Proposal(groupTop, true, level == LossLevel.MAJOR ? "jurisdiction.basis.major" : "jurisdiction.basis.head");
        }
        if (level == LossLevel.LARGER) {
            return new Proposal(parentOfLossEnterprise == null ? lossEnterprise : parentOfLossEnterprise, false,
                    "jurisdiction.basis.larger");
        }
        return new Proposal(lossEnterprise, false, "jurisdiction.basis.general");
    }
}
