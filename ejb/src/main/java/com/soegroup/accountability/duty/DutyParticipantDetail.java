package com.soegroup.accountability.duty;

import java.io.Serializable;

/** A participant as shown: the employee number (null for an outsider), the name, role, opinion and reasons. */
public record DutyParticipantDetail(String employeeNo, String name, ParticipantRole role, DutyOpinion opinion,
                                    String reasons) implements Serializable {

    static DutyParticipantDetail of(DutyParticipant p) {
        return new DutyParticipantDetail(p.employeeNo(), p.name(), p.role(), p.opinion(), p.reasons());
    }

    public boolean dissented() {
        return opinion == DutyOpinion.DISAGREE;
    }
}
