package com.soegroup.accountability.duty;

import java.io.Serializable;
import java.util.List;

/** A page of records and how many match in all. */
public record DutyRecordPage(List<DutyRecordSummary> records, long total) implements Serializable {
}
