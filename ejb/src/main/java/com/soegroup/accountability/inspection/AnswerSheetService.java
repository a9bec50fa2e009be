package com.soegroup.accountability.inspection;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.clue.ClueData;
import com.soegroup.accountability.clue.ClueDetail;
import com.soegroup.accountability.clue.ClueService;
import com.soegroup.accountability.clue.ClueSource;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An enterprise's answer sheet of a campaign: its LIAISON answers item by item (无问题 / 发现问题 with description,
 * amount and evidence) and submits; OFFICE accepts or sends back with a reason; a problem found becomes a clue of
 * the enterprise (source 自查发现) in one step, and the answer names the clue.
 */
@Stateless
@DenyAll
public class AnswerSheetService {

    /** A file of an answer with its bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @EJB
    private ClueService clues;

    @Inject
    private CampaignAccess access;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public SheetDetail sheet(String campaignNo, String enterprise) {
        Scope scope = scopes.current();
        AnswerSheet s = access.sheet(scope, access.find(scope, campaignNo), enterprise);
        SheetDetail detail = access.view(scope, s);
        audit.record(AuditAction.READ, CampaignRepository.SHEET, key(s), List.of());
        return detail;
    }

    /**
     * LIAISON saves answers (any number of items; each replaces that item's answer), with evidence files for one of
     * them ({@code filesFor}, the item's id) — the checks of clue attachments. The sheet stays open until submitted.
     */
    @RolesAllowed(Role.R_LIAISON)
    public SheetDetail answer(String campaignNo, String enterprise, List<AnswerData> answers, Long filesFor,
                              List<Attachments.Upload> files, Integer version) {
        Scope scope = scopes.current();
        Campaign c = access.find(scope, campaignNo);
        AnswerSheet s = access.sheet(scope, c, enterprise);
        Inputs.version(version, s.version());
        if (!access.mayAnswer(scope, s)) {
            throw AccountabilityException.conflict(CampaignAccess.submitBlocker(s, false) == null
                    ? "inspection.sheet.notYours" : CampaignAccess.submitBlocker(s, false));
        }
        List<AnswerData> given = answers == null ? List.of() : answers.stream().filter(a -> a != null).toList();
        List<Attachments.Upload> uploads = files == null ? List.of() : files;
        if (given.isEmpty() && uploads.isEmpty()) {
            throw AccountabilityException.invalid("answers", "inspection.answers.none");
        }
        Map<Long, CampaignItem> items = new HashMap<>();
        campaigns.items(c).forEach(i -> items.put(i.id(), i));
        Map<Long, CampaignAnswer> existing = campaigns.answers(s);
        List<Attachments.Checked> checked = uploads.isEmpty() ? List.of() : Attachments.check(uploads);
        if (!checked.isEmpty() && (filesFor == null || !items.containsKey(filesFor))) {
            throw AccountabilityException.invalid("item", "inspection.item.unknown");
        }
        Set<Long> seen = new HashSet<>();
        int problems = 0;
        for (int i = 0; i < given.size(); i++) {
            AnswerData a = given.get(i);
            String field = "answers[" + i + "]";
            CampaignItem item = a.itemId() == null ? null : items.get(a.itemId());
            if (item == null) {
                throw AccountabilityException.invalid(field + ".itemId", "inspection.item.unknown");
            }
            if (!seen.add(item.id())) {
                throw AccountabilityException.invalid(field + ".itemId", "inspection.item.twice", item.position());
            }
            if (a.result() == null) {
                throw AccountabilityException.invalid(field + ".result", "field.required");
            }
            String description = Inputs.optional(field + ".description", a.description(), CampaignAccess.MAX_TEXT);
            BigDecimal amount = a.amount() == null ? null
                    : Inputs.money(field + ".amount", a.amount(), false, "inspection.amount.invalid");
            if (a.result() == AnswerResult.PROBLEM) {
                problems++;
                if (description == null) {
                    throw AccountabilityException.invalid(field + ".description", "inspection.problem.describe", item.position());
                }
            } else {
                amount = null;
            }
            CampaignAnswer answer = existing.get(item.id());
            if (answer != null && answer.clueLedgerNo() != null && a.result() != AnswerResult.PROBLEM) {
                throw AccountabilityException.conflict("inspection.answer.hasClue", item.position(), answer.clueLedgerNo());
            }
            if (answer == null) {
                answer = new CampaignAnswer(s, item);
                answer.answer(a.result(), description, amount);
                campaigns.persist(answer);
                existing.put(item.id(), answer);
            } else {
                answer.answer(a.result(), description, amount);
            }
        }
        if (!checked.isEmpty()) {
            CampaignAnswer answer = existing.get(filesFor);
            if (answer == null) {
                throw AccountabilityException.invalid("item", "inspection.files.answerFirst");
            }
            checked.forEach(f -> campaigns.persist(new CampaignFile(answer, f)));
        }
        s.answersChanged(clock.instant());
        campaigns.flush();
        access.history(scope, c, s, CampaignHistory.Action.SAVED, null, null, null,
                "answers=" + given.size() + "; problems=" + problems + (checked.isEmpty() ? "" : "; files=" + checked.size()));
        audit.record(AuditAction.UPDATE, CampaignRepository.SHEET, key(s),
                List.of(new FieldChange("answers", null, String.valueOf(given.size()))),
                Map.of("problems", problems, "files", checked.size()));
        return access.view(scope, s);
    }

    /** LIAISON hands the sheet in once every item is answered; OFFICE reviews it next. */
    @RolesAllowed(Role.R_LIAISON)
    public SheetDetail submit(String campaignNo, String enterprise, Integer version) {
        Scope scope = scopes.current();
        Campaign c = access.find(scope, campaignNo);
        AnswerSheet s = access.sheet(scope, c, enterprise);
        Inputs.version(version, s.version());
        if (!s.enterprise().code().equals(scope.homeEnterprise())) {
            throw AccountabilityException.conflict("inspection.sheet.notYours");
        }
        boolean unanswered = campaigns.answers(s).size() < campaigns.items(c).size();
        String blocker = CampaignAccess.submitBlocker(s, unanswered);
        if (blocker != null) {
            throw AccountabilityException.conflict(blocker);
        }
        SheetStatus from = s.status();
        s.submitted(scope.userId(), clock.instant());
        campaigns.flush();
        access.history(scope, c, s, CampaignHistory.Action.SUBMITTED, from, s.status(), null, null);
        audit.record(AuditAction.STATE_CHANGE, CampaignRepository.SHEET, key(s),
                List.of(new FieldChange("status", from.name(), s.status().name())));
        return access.view(scope, s);
    }

    /** OFFICE accepts a submitted sheet or sends it back; both take an opinion (the reason when sent back). */
    @RolesAllowed(Role.R_OFFICE)
    public SheetDetail review(String campaignNo, String enterprise, boolean accepted, String opinion, Integer version) {
        Scope scope = scopes.current();
        Campaign c = access.find(scope, campaignNo);
        AnswerSheet s = access.sheet(scope, c, enterprise);
        Inputs.version(version, s.version());
        if (s.status() != SheetStatus.SUBMITTED) {
            throw AccountabilityException.conflict("inspection.review.notSubmitted", s.status());
        }
        String why = Inputs.text("opinion", opinion, CampaignAccess.MAX_REASON);
        SheetStatus from = s.status();
        s.reviewed(accepted, why, scope.userId(), clock.instant());
        campaigns.flush();
        access.history(scope, c, s, accepted ? CampaignHistory.Action.ACCEPTED : CampaignHistory.Action.RETURNED,
                from, s.status(), why, null);
        audit.record(AuditAction.STATE_CHANGE, CampaignRepository.SHEET, key(s),
                List.of(new FieldChange("status", from.name(), s.status().name())));
        return access.view(scope, s);
    }

    /**
     * A problem found on a handed-in sheet becomes a clue of the sheet's enterprise in one step: source 自查发现, the
     * summary and amount as confirmed (prefilled from the answer), the item's circumstance as suspected. The
     * answer names the clue; the clue's summary names the campaign.
     */
    @RolesAllowed(Role.R_OFFICE)
    public SheetDetail makeClue(String campaignNo, String enterprise, Long itemId, String summary, BigDecimal amount,
                                Integer version) {
        Scope scope = scopes.current();
        Campaign c = access.find(scope, campaignNo);
        AnswerSheet s = access.sheet(scope, c, enterprise);
        Inputs.version(version, s.version());
        CampaignAnswer answer = itemId == null ? null : campaigns.answers(s).get(itemId);
        if (answer == null) {
            throw AccountabilityException.invalid("item", "inspection.item.unknown");
        }
        String blocker = CampaignAccess.clueBlocker(answer);
        if (blocker != null) {
            throw AccountabilityException.conflict(blocker, answer.clueLedgerNo());
        }
        String text = Inputs.text("summary", summary, CampaignAccess.MAX_TEXT);
        String circumstance = answer.item().circumstance();
        ClueData data = new ClueData(ClueSource.SELF_INSPECTION, access.today(), s.enterprise().code(), List.of(), text,
                amount, null, null, null, null, circumstance == null ? List.of() : List.of(circumstance));
        ClueDetail clue = clues.register(data);
        answer.becameClue(clue.clue().ledgerNo());
        s.answersChanged(clock.instant());
        campaigns.flush();
        access.history(scope, c, s, CampaignHistory.Action.BECAME_CLUE, null, null, null,
                "checkItem=" + answer.item().position() + "; clue=" + clue.clue().ledgerNo());
        audit.record(AuditAction.UPDATE, CampaignRepository.SHEET, key(s),
                List.of(new FieldChange("clue", null, clue.clue().ledgerNo())), Map.of("item", answer.item().position()));
        return access.view(scope, s);
    }

    /** An evidence file of a sheet the caller sees; every download is logged. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public Download file(String campaignNo, String enterprise, long fileId) {
        Scope scope = scopes.current();
        AnswerSheet s = access.sheet(scope, access.find(scope, campaignNo), enterprise);
        CampaignFile f = campaigns.file(s, fileId).orElseThrow(AccountabilityException::notFound);
        audit.record(AuditAction.READ, CampaignRepository.SHEET, key(s) + "/" + f.id(), List.of());
        return new Download(f.fileName(), f.contentType(), f.content());
    }

    private static String key(AnswerSheet s) {
        return s.campaign().campaignNo() + "/" + s.enterprise().code();
    }
}
