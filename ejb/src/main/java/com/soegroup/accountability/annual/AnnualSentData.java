package com.soegroup.accountability.annual;

import java.io.Serializable;
import java.time.LocalDate;

/** How an approved report went out: the day, the channel, the reference and the recipient. */
public record AnnualSentData(LocalDate sentOn, String channel, String reference, String recipient) implements Serializable {
}
