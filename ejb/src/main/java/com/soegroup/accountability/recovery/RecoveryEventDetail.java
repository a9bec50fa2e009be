package com.soegroup.accountability.recovery;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recovery event as read: of which loss item (its description), when, how much (negative for a reversal), how,
 * the reference and evidence; a reversal names the event it reverses and why.
 *
 * @param reversedBy the id of the event that reverses this one, or null
 */
public record RecoveryEventDetail(long id, long lossItemId, String lossItem, LocalDate recoveredOn, BigDecimal amount,
                                  RecoveryMethod method, String reference, String evidence, List<Long> evidenceFiles,
                                  Long reverses, String reason, Long reversedBy, String enteredBy, Instant enteredAt)
        implements Serializable {

    public RecoveryEventDetail {
        evidenceFiles = List.copyOf(evidenceFiles);
    }

    public boolean reversal() {
        return reverses != null;
    }

    /** Whether a reversal of this event may still be entered: an entry not reversed yet. */
    public boolean reversible() {
        return reverses == null && reversedBy == null;
    }
}
