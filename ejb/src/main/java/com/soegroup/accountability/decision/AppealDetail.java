package com.soegroup.accountability.decision;

import java.io.Serializable;
import java.time.LocalDate;

public record AppealDetail(long id, LocalDate filedOn, String grounds, AppealStatus status, LocalDate resultOn,
                           String resultReason, String replacementNo, String filedBy, String resolvedBy,
                           int version) implements Serializable {
}
