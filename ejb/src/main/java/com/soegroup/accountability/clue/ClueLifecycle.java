package com.soegroup.accountability.clue;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The clue's lifecycle of workflow.md as a table: from which state to which, by which role, with which data.
 * Plain Java so that the table is tested row by row; {@link ClueService} applies it and does the rest
 * (scope, version, history, audit). A refused transition changes nothing: 409 for a move the table does not
 * have or a role it does not name, 400 naming the field for missing or bad data.
 * <p>
 * Roles: the office registers, checks, routes (transfer, merge, out of scope) and closes; the leading group
 * decides whether accountability starts (ACCEPTED) or the clue is dropped (NOT_ACCEPTED), workflow.md's
 * "approve dispositions". A leader may also route a clue himself.
 */
public final class ClueLifecycle {

    /** What a transition needs besides the role. */
    public enum Requirement { HANDLER_AND_DEADLINE, REASON, TRANSFER, SURVIVOR, OTHER_RULES_REFERENCE, CONFIRMATION }

    public record Transition(ClueStatus from, ClueStatus to, Set<Role> roles, Set<Requirement> requirements) {
    }

    static final int MAX_HANDLER = 200;
    static final int MAX_REASON = 2000;
    static final int MAX_ORGAN = 200;
    static final int MAX_REFERENCE = 200;
    static final int MAX_OTHER_RULES_REFERENCE = 500;

    private static final Set<Role> OFFICE = EnumSet.of(Role.OFFICE);
    private static final Set<Role> LEADER = EnumSet.of(Role.LEADER);
    private static final Set<Role> OFFICE_OR_LEADER = EnumSet.of(Role.OFFICE, Role.LEADER);

    static final List<Transition> TABLE = List.of(
            new Transition(ClueStatus.REGISTERED, ClueStatus.CHECKING, OFFICE, EnumSet.of(Requirement.HANDLER_AND_DEADLINE)),
            new Transition(ClueStatus.CHECKING, ClueStatus.ACCEPTED, LEADER, EnumSet.noneOf(Requirement.class)),
            new Transition(ClueStatus.CHECKING, ClueStatus.NOT_ACCEPTED, LEADER, EnumSet.of(Requirement.REASON)),
            new Transition(ClueStatus.CHECKING, ClueStatus.TRANSFERRED, OFFICE_OR_LEADER, EnumSet.of(Requirement.TRANSFER)),
            new Transition(ClueStatus.CHECKING, ClueStatus.MERGED, OFFICE_OR_LEADER, EnumSet.of(Requirement.SURVIVOR)),
            new Transition(ClueStatus.CHECKING, ClueStatus.OUT_OF_SCOPE, OFFICE_OR_LEADER, EnumSet.of(Requirement.OTHER_RULES_REFERENCE)),
            closing(ClueStatus.ACCEPTED),
            closing(ClueStatus.NOT_ACCEPTED),
            closing(ClueStatus.TRANSFERRED),
            closing(ClueStatus.MERGED),
            closing(ClueStatus.OUT_OF_SCOPE));

    private ClueLifecycle() {
    }

    private static Transition closing(ClueStatus from) {
        return new Transition(from, ClueStatus.CLOSED, OFFICE, EnumSet.of(Requirement.CONFIRMATION));
    }

    public static Optional<Transition> find(ClueStatus from, ClueStatus to) {
        return TABLE.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
    }

    /** The states a user with these roles may move a clue to from {@code from} (for the page's buttons). */
    public static List<ClueStatus> next(ClueStatus from, Set<Role> roles) {
        return TABLE.stream().filter(t -> t.from() == from && t.roles().stream().anyMatch(roles::contains))
                .map(Transition::to).toList();
    }

    /**
     * Checks a transition of a clue in state {@code from} by a user with {@code roles}; returns the row that
     * allows it, or throws the refusal.
     */
    public static Transition check(ClueStatus from, Set<Role> roles, TransitionInput input, LocalDate today) {
        if (input == null || input.to() == null) {
            throw AccountabilityException.invalid("to", "field.required");
        }
        Transition transition = find(from, input.to())
                .orElseThrow(() -> AccountabilityException.conflict("clue.transition.illegal", from, input.to()));
        if (transition.roles().stream().noneMatch(roles::contains)) {
            throw AccountabilityException.conflict(transition.roles().contains(Role.LEADER) && !transition.roles().contains(Role.OFFICE)
                    ? "clue.transition.leaderOnly" : "clue.transition.officeOnly", input.to());
        }
        for (Requirement requirement : transition.requirements()) {
            switch (requirement) {
                case HANDLER_AND_DEADLINE -> {
                    Inputs.text("handler", input.handler(), MAX_HANDLER);
                    if (input.deadline() == null) {
                        throw AccountabilityException.invalid("deadline", "field.required");
                    }
                    if (input.deadline().isBefore(today)) {
                        throw AccountabilityException.invalid("deadline", "clue.deadline.past");
                    }
                }
                case REASON -> Inputs.text("reason", input.reason(), MAX_REASON);
                case TRANSFER -> {
                    if (input.transferKind() == null) {
                        throw AccountabilityException.invalid("transferKind", "field.required");
                    }
                    if (input.transferKind().withinGroup()) {
                        Inputs.text("receivingEnterprise", input.receivingEnterprise(), 20);
                    } else {
                        Inputs.text("receivingOrgan", input.receivingOrgan(), MAX_ORGAN);
                    }
                    Inputs.text("reference", input.reference(), MAX_REFERENCE);
                }
                case SURVIVOR -> Inputs.text("survivor", input.survivor(), 40);
                case OTHER_RULES_REFERENCE -> Inputs.text("reference", input.reference(), MAX_OTHER_RULES_REFERENCE);
                case CONFIRMATION -> {
                    if (!input.confirmed()) {
                        throw AccountabilityException.invalid("confirmed", "clue.close.confirm");
                    }
                }
            }
        }
        Inputs.optional("reason", input.reason(), MAX_REASON);
        return transition;
    }
}
