package com.soegroup.accountability.inspection;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.org.EnterpriseRepository;
import com.soegroup.accountability.rule.set.Circumstance;
import com.soegroup.accountability.rule.set.CircumstanceArea;
import com.soegroup.accountability.rule.set.CircumstanceCatalogue;
import com.soegroup.accountability.ruleset.CircumstanceService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Numbering;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import com.soegroup.accountability.shared.Submissions;
import com.soegroup.accountability.shared.WorkingDays;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Self-inspection campaigns (自查专项行动): OFFICE launches one over an enterprise subtree of its scope — the
 * checklist generated from the circumstance catalogue in force or written freely — and closes it; everyone who sees
 * one of its sheets reads its progress. Launch creates one answer sheet per enterprise below the chosen one (each
 * subsidiary answers for itself; the launching enterprise does not answer its own campaign), or for that enterprise
 * alone when it has none. Who is a liaison lives in the directory, not the tree, so every enterprise gets a sheet.
 */
@Stateless
@DenyAll
public class CampaignService {

    /** Working days the launch form proposes as the due date. */
    static final int DEFAULT_DAYS = 20;
    static final int MAX_ITEMS = 200;
    static final int MAX_ITEM_TEXT = 1000;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @EJB
    private CircumstanceService circumstances;

    @Inject
    private CampaignAccess access;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private Numbering numbering;

    @Inject
    private Submissions submissions;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    /** The due date the launch form proposes: {@value #DEFAULT_DAYS} working days from today. */
    @RolesAllowed(Role.R_OFFICE)
    public LocalDate defaultDueDate() {
        return workingDays.plusWorkingDays(access.today(), DEFAULT_DAYS);
    }

    /** Working days from today to a date (negative when it has passed), for the form to show beside the due date. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public int workingDaysUntil(LocalDate date) {
        LocalDate today = access.today();
        return date.isBefore(today) ? -workingDays.between(date, today) : workingDays.between(today, date);
    }

    /**
     * A checklist from the circumstance catalogue of the rule set in force: one item per circumstance of the areas
     * chosen (every area when none is), each with its citation; the form edits it before launch.
     */
    @RolesAllowed(Role.R_OFFICE)
    public List<CampaignData.Item> checklist(Set<CircumstanceArea> areas) {
        CircumstanceCatalogue catalogue = circumstances.catalogue(null).catalogue();
        return catalogue.all().stream().filter(c -> areas == null || areas.isEmpty() || areas.contains(c.area()))
                .map(c -> new CampaignData.Item(c.code(), c.reference() + "：" + c.text())).toList();
    }

    @RolesAllowed(Role.R_OFFICE)
    public CampaignDetail launch(CampaignData data) {
        return launch(data, null);
    }

    /** {@link #launch(CampaignData)} from the launch page, whose form carries a token (posted once). */
    @RolesAllowed(Role.R_OFFICE)
    public CampaignDetail launch(CampaignData data, String formToken) {
        if (data == null) {
            throw AccountabilityException.invalid("title", "field.required");
        }
        Scope scope = scopes.current();
        LocalDate today = access.today();
        String title = Inputs.text("title", data.title(), 200);
        String topic = Inputs.text("topic", data.topic(), 200);
        Enterprise root = root(scope, data.enterprise());
        LocalDate due = Inputs.date("dueDate", data.dueDate());
        if (due == null) {
            throw AccountabilityException.invalid("dueDate", "field.required");
        }
        if (!due.isAfter(today)) {
            throw AccountabilityException.invalid("dueDate", "inspection.due.notFuture");
        }
        List<CampaignData.Item> items = items(data.items());
        List<Enterprise> answering = answering(scope, root);
        submissions.claim(formToken, CampaignRepository.OBJECT_TYPE);
        Numbering.Issued number = numbering.next(NumberSeries.CAMPAIGN, root.code(), today.getYear());
        submissions.created(formToken, number.number());
        Campaign c = new Campaign(number.number(), number.year(), number.serial(), root, title, topic, due,
                scope.userId(), clock.instant());
        campaigns.persist(c);
        for (int i = 0; i < items.size(); i++) {
            campaigns.persist(new CampaignItem(c, i + 1, items.get(i).circumstance(), items.get(i).text()));
        }
        for (Enterprise e : answering) {
            campaigns.persist(new AnswerSheet(c, e));
        }
        campaigns.flush();
        access.history(scope, c, null, CampaignHistory.Action.LAUNCHED, null, null, null,
                "sheets=" + answering.size() + "; checkItems=" + items.size());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", title);
        after.put("topic", topic);
        after.put("enterprise", root.code());
        after.put("dueDate", due);
        after.put("items", items.size());
        after.put("sheets", answering.size());
        audit.record(AuditAction.CREATE, CampaignRepository.OBJECT_TYPE, c.campaignNo(), FieldChange.diff(Map.of(), after));
        return access.view(scope, c);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public CampaignDetail detail(String campaignNo) {
        Scope scope = scopes.current();
        Campaign c = access.find(scope, campaignNo);
        CampaignDetail detail = access.view(scope, c);
        audit.record(AuditAction.READ, CampaignRepository.OBJECT_TYPE, c.campaignNo(), List.of());
        return detail;
    }

    /** The campaigns the caller sees, running first, newest first; {@code status} null for all. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public CampaignPage list(CampaignStatus status, int first, int max) {
        if (first < 0 || max < 1 || max > CampaignAccess.MAX_PAGE) {
            throw AccountabilityException.invalid("size", "paging.invalid");
        }
        Scope scope = scopes.current();
        List<Campaign> page = campaigns.page(scope, status, first, max);
        CampaignPage answer = new CampaignPage(campaigns.count(scope, status), access.summaries(scope, page, access.today()));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("first", first);
        facts.put("shown", page.size());
        if (status != null) {
            facts.put("status", status);
        }
        audit.record(AuditAction.READ, CampaignRepository.LIST, null, List.of(), facts);
        return answer;
    }

    /** The sheets of the caller's scope that wait for answers (open or returned), then those handed in: the liaison's list. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public List<SheetLine> sheets(boolean waiting) {
        Scope scope = scopes.current();
        LocalDate today = access.today();
        Set<SheetStatus> statuses = waiting ? EnumSet.of(SheetStatus.OPEN, SheetStatus.RETURNED)
                : EnumSet.of(SheetStatus.SUBMITTED, SheetStatus.ACCEPTED);
        List<SheetLine> lines = campaigns.sheetsIn(scope, statuses, waiting, CampaignAccess.MAX_PAGE).stream()
                .map(s -> access.line(s, today)).toList();
        audit.record(AuditAction.READ, CampaignRepository.LIST, null, List.of(), Map.of("sheets", waiting ? "waiting" : "handedIn",
                "shown", lines.size()));
        return lines;
    }

    /** OFFICE ends a running campaign: its sheets stay as they are, nothing can be answered any more. */
    @RolesAllowed(Role.R_OFFICE)
    public CampaignDetail close(String campaignNo, String opinion, Integer version) {
        Scope scope = scopes.current();
        Campaign c = access.find(scope, campaignNo);
        Inputs.version(version, c.version());
        if (c.status() != CampaignStatus.RUNNING || !scope.covers(c.root().path())) {
            throw AccountabilityException.conflict("inspection.close.notRunning", c.campaignNo());
        }
        String why = Inputs.text("opinion", opinion, CampaignAccess.MAX_REASON);
        c.close(clock.instant());
        campaigns.flush();
        access.history(scope, c, null, CampaignHistory.Action.CLOSED, null, null, why, null);
        audit.record(AuditAction.STATE_CHANGE, CampaignRepository.OBJECT_TYPE, c.campaignNo(),
                List.of(new FieldChange("status", CampaignStatus.RUNNING.name(), CampaignStatus.CLOSED.name())));
        return access.view(scope, c);
    }

    // --- launch checks ----------------------------------------------------------------------------------------

    private Enterprise root(Scope scope, String code) {
        if (code == null || code.isBlank()) {
            throw AccountabilityException.invalid("enterprise", "field.required");
        }
        Enterprise root = enterprises.findByCode(scope, code)
                .orElseThrow(() -> AccountabilityException.invalid("enterprise", "enterprise.unknown", Inputs.quote(code)));
        if (!root.isActive()) {
            throw AccountabilityException.invalid("enterprise", "enterprise.notActive", root.code());
        }
        return root;
    }

    private List<Enterprise> answering(Scope scope, Enterprise root) {
        List<Enterprise> below = enterprises.list(scope).stream()
                .filter(e -> e.isActive() && !e.id().equals(root.id()) && e.path().startsWith(root.path())).toList();
        return below.isEmpty() ? List.of(root) : below;
    }

    private List<CampaignData.Item> items(List<CampaignData.Item> items) {
        if (items.isEmpty()) {
            throw AccountabilityException.invalid("items", "inspection.items.none");
        }
        if (items.size() > MAX_ITEMS) {
            throw AccountabilityException.invalid("items", "inspection.items.tooMany", MAX_ITEMS);
        }
        Optional<CircumstanceCatalogue> catalogue = circumstances.inForce().map(k -> k.catalogue());
        List<CampaignData.Item> clean = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            CampaignData.Item item = items.get(i);
            String field = "items[" + i + "]";
            String code = Inputs.optional(field + ".circumstance", item.circumstance(), 16);
            Optional<Circumstance> circumstance = code == null ? Optional.empty() : catalogue.flatMap(k -> k.find(code));
            if (code != null && circumstance.isEmpty()) {
                throw AccountabilityException.invalid(field + ".circumstance", "inspection.items.unknownCircumstance", Inputs.quote(code));
            }
            String text = Inputs.optional(field + ".text", item.text(), MAX_ITEM_TEXT);
            if (text == null) {
                text = circumstance.map(c -> c.reference() + "：" + c.text()).orElseThrow(
                        () -> AccountabilityException.invalid(field + ".text", "field.required"));
            }
            clean.add(new CampaignData.Item(circumstance.map(Circumstance::code).orElse(null),
                    text.length() > MAX_ITEM_TEXT ? text.substring(0, MAX_ITEM_TEXT) : text));
        }
        return clean;
    }
}
