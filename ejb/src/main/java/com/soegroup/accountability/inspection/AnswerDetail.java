package com.soegroup.accountability.inspection;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A checklist item with the enterprise's answer (result null while not answered) and the clue it became. */
public record AnswerDetail(long itemId, int position, String circumstance, String itemText, AnswerResult result,
                           String description, BigDecimal amount, String clueLedgerNo, List<CampaignFileInfo> files,
                           boolean mayMakeClue) implements Serializable {
}
