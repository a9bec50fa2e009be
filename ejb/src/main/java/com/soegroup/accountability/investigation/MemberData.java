package com.soegroup.accountability.investigation;

/** A team member to assign: the user id they sign in with, their department, and LEADER or MEMBER. */
public record MemberData(String userId, String department, TeamRole role) {
}
