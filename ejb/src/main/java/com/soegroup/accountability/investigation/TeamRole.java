package com.soegroup.accountability.investigation;

/** 组长 or 组员 of the verification working group (核查工作组). */
public enum TeamRole {
    LEADER, MEMBER
}
