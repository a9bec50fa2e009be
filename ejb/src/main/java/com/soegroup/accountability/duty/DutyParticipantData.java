package com.soegroup.accountability.duty;

import java.io.Serializable;

/**
 * A participant as entered: a person by employee number (picked), or an outsider by {@code name} alone; the role,
 * the opinion (required unless 列席) and the reasons stated (required for 反对 and 弃权).
 */
public record DutyParticipantData(String employeeNo, String name, ParticipantRole role, DutyOpinion opinion,
                                  String reasons) implements Serializable {
}
