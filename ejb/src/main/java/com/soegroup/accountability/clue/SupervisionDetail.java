package com.soegroup.accountability.clue;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A running flagged supervision (挂牌督办) with its progress entries, oldest first. */
public record SupervisionDetail(String leader, LocalDate deadline, int progressIntervalDays, LocalDate startedOn,
                                String startedBy, LocalDate nextProgressDue, boolean overdue,
                                List<Progress> progress) implements Serializable {

    public record Progress(LocalDate on, String by, String text) implements Serializable {
    }
}
