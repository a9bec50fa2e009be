package com.soegroup.accountability.investigation;

import java.io.Serializable;
import java.time.LocalDate;

public record InvestigationSummary(String caseNo, String title, InvestigationStatus status, String owner, String ownerName,
                                   String lossEnterprise, LocalDate openedOn, String subjects, boolean recusalPending,
                                   int version) implements Serializable {
}
