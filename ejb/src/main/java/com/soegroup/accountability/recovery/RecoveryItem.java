package com.soegroup.accountability.recovery;

import java.io.Serializable;
import java.math.BigDecimal;

/** A loss item a recovery may be entered for, with what was recovered of it. */
public record RecoveryItem(long id, String description, BigDecimal amount, BigDecimal recovered, boolean withdrawn)
        implements Serializable {
}
