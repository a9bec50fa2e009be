package com.soegroup.accountability.investigation;

import java.io.Serializable;
import java.time.Instant;

public record CaseMember(String userId, String name, String department, TeamRole role, Recusal recusal,
                         Instant declaredAt) implements Serializable {
}
