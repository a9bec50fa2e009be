package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.rule.set.Circumstance;

import java.io.Serializable;
import java.util.List;

public record FindingDetail(String employeeNo, String name, boolean enterpriseHead, Responsibility responsibility, String facts,
                            String evidence, List<HeadCircumstance> circumstances, List<Aggravating> aggravating,
                            String aggravatingReason, Integer version, List<Outcome> allowedOutcomes,
                            EvaluationDetail evaluation, List<Circumstance> violations) implements Serializable {
}
