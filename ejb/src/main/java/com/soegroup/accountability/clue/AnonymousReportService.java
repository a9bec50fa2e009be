package com.soegroup.accountability.clue;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Numbering;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public whistle-blowing form (信访举报): anyone, without signing in, reports a suspected irregularity for
 * an enterprise of the group; it becomes a REGISTERED clue of source REPORT in that enterprise's scope, and the
 * sender gets a receipt code to follow it and exchange messages with the office. Nothing identifying the
 * sender is stored or logged: no address, agent, session or user; dates only, no times — the audit trail too
 * records a report and a reporter's message under the day alone, with no role (AuditService#recordAnonymous).
 * <p>
 * Callers pass the client's key (ClientKeys: a keyed hash of its address) for the limits (AnonymousReportLimiter),
 * which is counted for a minute or two and never stored with the report.
 */
@Stateless
@PermitAll
public class AnonymousReportService {

    /** Who the history and the clue name as registrar: the form, not a person. */
    public static final String REGISTRAR = "public-form";
    /** The persons concerned as the form takes them, names separated by commas: fifty names of a hundred characters. */
    public static final int MAX_PERSONS_TEXT = 5000;

    /** What the reporter sees of a report. */
    public record Status(ClueStatus status, LocalDate createdOn, List<Message> messages) implements Serializable {
    }

    public record Message(boolean fromReporter, String text, LocalDate on) implements Serializable {
    }

    /** A report as the form sends it; persons are names as written (the public cannot search people). */
    public record Submission(String enterprise, String summary, String persons, String possibleLoss, String reporterName,
                             String reporterContact, List<Attachments.Upload> attachments) {
    }

    @EJB
    private AuditService audit;

    @EJB
    private AnonymousReportLimiter limiter;

    @Inject
    private ClueRepository clues;

    @Inject
    private Numbering numbering;

    @Inject
    private ClueLevels levels;

    @Inject
    private Clock clock;

    /** Active enterprises of the group, for the form's choice (names are public knowledge). */
    @PermitAll
    public List<String[]> enterprises() {
        return clues.activeEnterprisesGroupWide().stream().map(e -> new String[]{e.code(), e.fullName()}).toList();
    }

    /**
     * Registers the report as a clue and answers the receipt code, which is shown once and never stored. A report
     * refused as invalid counts only towards its client's refusals; an accepted one towards the reports' allowance.
     */
    @PermitAll
    public String submit(Submission report, String client) {
        if (limiter.invalidExhausted(client)) {
            throw AccountabilityException.refused("report.rateLimited");
        }
        LocalDate today = LocalDate.now(clock);
        Checked checked;
        try {
            checked = check(report, today);
        } catch (AccountabilityException e) {
            limiter.countInvalid(client);
            throw e;
        }
        if (!limiter.allowSubmit(client)) {
            throw AccountabilityException.refused("report.rateLimited");
        }
        ClueData data = checked.data();
        Enterprise enterprise = checked.enterprise();
        Numbering.Issued number = numbering.next(NumberSeries.CLUE, enterprise.code(), today.getYear());
        String ledgerNo = number.number();
        Clue clue = new Clue(data, levels.settle(enterprise, data, today), enterprise, ledgerNo, number.year(), number.serial(), today, REGISTRAR);
        clues.persist(clue);
        for (ClueData.PersonConcerned p : data.persons()) {
            clues.persist(new CluePerson(clue, null, p.name(), null));
        }
        for (Attachments.Checked file : checked.files()) {
            clues.persist(new ClueAttachment(clue, file, today, null));
        }
        clues.persist(new ClueHistory(clue, today.atStartOfDay(ClockZone.ZONE).toInstant(), REGISTRAR,
                ClueHistory.Action.REGISTERED, null, ClueStatus.REGISTERED, null, "attachments=" + checked.files().size()));
        String receipt = ReceiptCodes.generate();
        clues.persist(new AnonymousReport(clue, ReceiptCodes.hash(ReceiptCodes.normalise(receipt)), today));
        clues.flush();
        levels.announce(clue, REGISTRAR, true);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterprise", enterprise.code());
        after.put("source", ClueSource.REPORT);
        after.put("status", ClueStatus.REGISTERED);
        after.put("attachments", checked.files().size());
        audit.recordAnonymous(REGISTRAR, AuditAction.CREATE, ClueRepository.OBJECT_TYPE, ledgerNo, FieldChange.diff(Map.of(), after));
        return receipt;
    }

    /** A report that passed every check, ready to be saved. */
    private record Checked(ClueData data, Enterprise enterprise, List<Attachments.Checked> files) {
    }

    private Checked check(Submission report, LocalDate today) {
        if (report == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        Enterprise enterprise = clues.enterpriseGroupWide(Inputs.optional("enterprise", report.enterprise(), 20))
                .filter(Enterprise::isActive)
                .orElseThrow(() -> AccountabilityException.invalid("enterprise", "enterprise.unknown",
                        report.enterprise() == null ? "" : report.enterprise()));
        List<ClueData.PersonConcerned> persons = new ArrayList<>();
        if (Inputs.optional("persons", report.persons(), MAX_PERSONS_TEXT) != null) {
            for (String name : report.persons().split("[,，、;；\\n]")) {
                if (!name.isBlank()) {
                    persons.add(new ClueData.PersonConcerned(null, name.strip(), null));
                }
            }
        }
        BigDecimal loss = Inputs.moneyText("possibleLoss", report.possibleLoss());
        ClueData data = ClueValidation.validate(new ClueData(ClueSource.REPORT, today, enterprise.code(), persons,
                report.summary(), loss, null, report.reporterName(), report.reporterContact()), today);
        return new Checked(data, enterprise, Attachments.check(report.attachments()));
    }

    /**
     * What the holder of a receipt code may see; a wrong code is "not found", whatever it is. Once the wrong codes
     * of the minute are used up (the client's or everybody's), every code is answered "too many", a right one too.
     */
    @PermitAll
    public Status follow(String receipt, String client) {
        return status(byReceipt(receipt, client));
    }

    /** A message from the reporter to the office. */
    @PermitAll
    public Status message(String receipt, String text, String client) {
        AnonymousReport report = byReceipt(receipt, client);
        if (!limiter.allowMessage(client)) {
            throw AccountabilityException.refused("report.rateLimited");
        }
        String clean = Inputs.text("text", text, 2000);
        clues.persist(new ReporterMessage(report, true, clean, LocalDate.now(clock), null));
        clues.flush();
        audit.recordAnonymous(REGISTRAR, AuditAction.CREATE, "REPORT_MESSAGE", report.clue().ledgerNo(), List.of());
        return status(report);
    }

    private Status status(AnonymousReport report) {
        return new Status(report.clue().status(), report.createdOn(), clues.messages(report).stream()
                .map(m -> new Message(m.fromReporter(), m.text(), m.sentOn())).toList());
    }

    private AnonymousReport byReceipt(String receipt, String client) {
        if (limiter.lookupsExhausted(client)) {
            throw AccountabilityException.refused("report.rateLimited");
        }
        String code = ReceiptCodes.normalise(receipt);
        AnonymousReport report = code == null ? null : clues.reportByReceiptHash(ReceiptCodes.hash(code)).orElse(null);
        if (report == null) {
            // only wrong codes count, so a holder of a real code is served until the guessing starts
            limiter.countFailedLookup(client);
            throw AccountabilityException.notFound();
        }
        return report;
    }

    /** The zone of "today" for a report's history line (midnight: the day, not the moment, is recorded). */
    private static final class ClockZone {
        static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    }
}
