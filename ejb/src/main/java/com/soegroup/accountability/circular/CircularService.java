package com.soegroup.accountability.circular;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.circular.CircularAnonymiser.Term;
import com.soegroup.accountability.investigation.CaseAccess;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.org.DisplayNames;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Numbering;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import com.soegroup.accountability.shared.Submissions;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Circulars as people meet them: the list of what the caller may read (published ones sent to them, and for the
 * case roles the records of their scope in every state), the home page's panel (unread first), a circular's page
 * — whose first opening by a recipient is its read receipt — the receipts per enterprise, and the office's new
 * draft from a decided case. The text's steps are {@link CircularDraftService}; the documents
 * {@link CircularDocumentService}.
 */
@Stateless
@DenyAll
public class CircularService {

    static final int HOME_ROWS = 5;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @EJB
    private DisplayNames names;

    @Inject
    private CircularAccess access;

    @Inject
    private CircularRepository circulars;

    @Inject
    private CaseAccess cases;

    @Inject
    private Numbering numbering;

    @Inject
    private Submissions submissions;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<CircularSummary> list(CircularState state) {
        Scope scope = scopes.current();
        String home = access.homePath(scope);
        List<CircularSummary> rows = access.summaries(scope, home, circulars.list(scope, home, state, false, CircularAccess.MAX_LIST));
        audit.record(AuditAction.READ, CircularRepository.OBJECT_TYPE, null, List.of(),
                Map.of("filter", "state=" + (state == null ? "" : state), "rows", rows.size()));
        return rows;
    }

    /** The home page's panel: the published circulars the caller receives, unread first, then the newest. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<CircularSummary> received() {
        Scope scope = scopes.current();
        String home = access.homePath(scope);
        List<CircularSummary> rows = new ArrayList<>(access.summaries(scope, home,
                circulars.list(scope, home, CircularState.PUBLISHED, true, CircularAccess.MAX_LIST)));
        rows.sort(Comparator.comparing(CircularSummary::read));
        return rows;
    }

    /** A circular the caller may read (reading it records nothing but its audit entry: see {@link #markRead}). */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public CircularDetail open(String circularNo) {
        Scope scope = scopes.current();
        Circular c = access.row(scope, circularNo);
        CircularDetail detail = access.detail(scope, c);
        audit.record(AuditAction.READ, CircularRepository.OBJECT_TYPE, c.circularNo(), List.of());
        return detail;
    }

    /**
     * A recipient has opened a published circular: the read receipt (user, enterprise, time), recorded once however
     * often they open it. The page posts it once it has shown the circular, apart from the read itself, so that a
     * GET writes nothing but its audit entry. Anyone else opening it (the office, an auditor) leaves no receipt.
     *
     * @return whether the caller is a recipient (and so now has a receipt)
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public boolean markRead(String circularNo) {
        Scope scope = scopes.current();
        Circular c = access.row(scope, circularNo);
        String home = access.homePath(scope);
        if (c.state() != CircularState.PUBLISHED || !circulars.receives(scope, home, c)) {
            return false;
        }
        circulars.recordRead(c, scope.userId(), access.home(scope).map(Enterprise::id).orElse(null), access.clock().instant());
        return true;
    }

    /**
     * OFFICE drafts a circular from a decided case of its scope (a decision approved, served or executed), never one
     * it is involved in: numbered at once, the text drafted from the case and anonymised. A page's form token makes a
     * second post of the same form a refusal naming the first circular.
     */
    @RolesAllowed(Role.R_OFFICE)
    public CircularDetail draft(String caseNo, CircularKind kind, String formToken) {
        Scope scope = scopes.current();
        submissions.claim(formToken, CircularRepository.OBJECT_TYPE);
        if (kind == null) {
            throw AccountabilityException.invalid("kind", "field.required");
        }
        String no = caseNo == null ? null : caseNo.strip();
        if (no == null || no.isEmpty()) {
            throw AccountabilityException.invalid("caseNo", "field.required");
        }
        Investigation investigation = cases.readableIfAny(scope, no)
                .orElseThrow(() -> AccountabilityException.invalid("caseNo", "circular.case.unknown", no));
        if (circulars.decided(investigation.id()).isEmpty()) {
            throw AccountabilityException.refused("circular.case.notDecided", investigation.caseNo());
        }
        List<Term> terms = access.caseTerms(investigation.id());
        CircularParts parts = access.draft(scope, investigation, kind, terms);
        Numbering.Issued issued = numbering.next(NumberSeries.CIRCULAR, investigation.owner().code(), access.today().getYear());
        Circular c = new Circular(issued.number(), issued.year(), issued.serial(), investigation.owner(), investigation.id(),
                investigation.caseNo(), kind, parts, null, scope.userId(), access.clock().instant());
        circulars.persist(c);
        circulars.flush();
        submissions.created(formToken, c.circularNo());
        access.history(scope, c, CircularHistory.Action.DRAFTED, null, CircularState.DRAFTING, null,
                "kind=" + kind + "; caseNo=" + investigation.caseNo());
        circulars.flush();
        audit.record(AuditAction.CREATE, CircularRepository.OBJECT_TYPE, c.circularNo(), FieldChange.diff(Map.of(),
                Map.of("kind", kind, "caseNo", investigation.caseNo(), "title", parts.title())));
        return access.detail(scope, c);
    }

    /** The decided cases OFFICE may draft a circular from (a decision approved, served or executed), newest first. */
    @RolesAllowed(Role.R_OFFICE)
    public List<DecidedCase> draftable() {
        Scope scope = scopes.current();
        List<Object[]> rows = circulars.draftable(scope, CircularAccess.MAX_LIST);
        Map<String, String> enterprises = names.enterprises(rows.stream().map(r -> (String) r[2]).distinct().toList());
        return rows.stream().map(r -> new DecidedCase((String) r[0], (String) r[1], enterprises.getOrDefault((String) r[2], (String) r[2])))
                .toList();
    }

    /** The read receipts per enterprise of the publication subtree (OFFICE, LEADER, AUDITOR of the record). */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public List<CircularReceipt> receipts(String circularNo) {
        Scope scope = scopes.current();
        Circular c = access.record(scope, circularNo);
        List<CircularReceipt> rows = receiptsOf(c);
        audit.record(AuditAction.READ, CircularRepository.OBJECT_TYPE, c.circularNo(), List.of(), Map.of("part", "receipts"));
        return rows;
    }

    /** The receipts as a workbook, for the office's files. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public byte[] receiptsXlsx(String circularNo) {
        Scope scope = scopes.current();
        Circular c = access.record(scope, circularNo);
        byte[] bytes = CircularReceiptsWorkbook.of(c.circularNo(), c.title(), c.publishedOn(), receiptsOf(c));
        audit.record(AuditAction.EXPORT, CircularRepository.OBJECT_TYPE, c.circularNo(), List.of(),
                Map.of("format", "XLSX", "part", "receipts", "bytes", bytes.length));
        return bytes;
    }

    private List<CircularReceipt> receiptsOf(Circular c) {
        if (c.state() != CircularState.PUBLISHED) {
            return List.of();
        }
        List<Object[]> rows = circulars.receipts(c);
        Map<String, String> enterprises = names.enterprises(rows.stream().map(r -> (String) r[1]).toList());
        List<CircularReceipt> out = new ArrayList<>();
        for (Object[] r : rows) {
            long recipients = ((Number) r[3]).longValue();
            long read = ((Number) r[4]).longValue();
            if (recipients == 0 && read == 0) {
                continue;
            }
            long total = Math.max(recipients, read);
            out.add(new CircularReceipt((String) r[1], enterprises.getOrDefault((String) r[1], (String) r[2]), total, read, total - read));
        }
        return out;
    }
}
