package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;

import java.time.LocalDate;
import java.util.List;

public record DecisionSummary(String decisionNo, String caseNo, String employeeNo, String name, String enterprise,
                              List<Measure> measures, Outcome outcome, DecisionStatus status, LocalDate servedOn,
                              LocalDate endedOn, Deviation deviation) {
}
