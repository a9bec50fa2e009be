package com.soegroup.accountability.decision;

import java.io.Serializable;
import java.time.LocalDate;

public record ReferralDetail(long id, ReferralKind kind, String organ, LocalDate referredOn, String reference,
                             String sanction, LocalDate sanctionedOn, LocalDate eligibleFrom,
                             int version) implements Serializable {
}
