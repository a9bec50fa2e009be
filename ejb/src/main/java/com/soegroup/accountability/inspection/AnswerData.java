package com.soegroup.accountability.inspection;

import java.io.Serializable;
import java.math.BigDecimal;

/** An answer to one checklist item (by its id): the result, the description (required for a problem), the amount. */
public record AnswerData(Long itemId, AnswerResult result, String description, BigDecimal amount) implements Serializable {
}
