package com.soegroup.accountability.recovery;

import java.io.Serializable;

/** An evidence file of the case a recovery may rest on (the bytes are on the evidence page). */
public record RecoveryEvidence(long id, String fileName, String documentReference) implements Serializable {
}
