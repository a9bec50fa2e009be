package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.level.LossLevel;

import java.io.Serializable;
import java.util.List;

public record CaseFindings(String caseNo, LossLevel level, List<FindingDetail> subjects,
                           JurisdictionProposal jurisdiction, List<ExemptionOption> exemptionOptions) implements Serializable {
}
