package com.soegroup.accountability.report;

import java.io.Serializable;
import java.time.LocalDate;

/** How a stage was sent: the day, the channel (e.g. 国资委在线监管系统, 机要件), the document's reference, the recipient. */
public record IncidentSentData(LocalDate sentOn, String channel, String reference, String recipient) implements Serializable {
}
