package com.soegroup.accountability.loss;

import com.soegroup.accountability.rule.level.LossLevel;

import java.time.LocalDate;

/** A case whose level reached LARGER or MAJOR: it needs a one-event-one-report (一事一报告) since that day. */
public record IncidentReportDue(String caseNo, String title, LossLevel level, LocalDate since) {
}
