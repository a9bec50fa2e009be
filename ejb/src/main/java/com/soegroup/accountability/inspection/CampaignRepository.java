package com.soegroup.accountability.inspection;

import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Queries of campaigns and their answer sheets. OFFICE, LEADER and AUDITOR see the sheets of enterprises within
 * their scope, LIAISON only the sheet of their own enterprise; a campaign is visible to whoever sees one of its
 * sheets. Anything else is not found.
 */
@ApplicationScoped
public class CampaignRepository {

    public static final String OBJECT_TYPE = "CAMPAIGN";
    /** The audit entries' object type of a sheet's acts; the object id is {@code <campaign no>/<enterprise code>}. */
    public static final String SHEET = "CAMPAIGN_SHEET";
    public static final String LIST = "CAMPAIGN_LIST";
    static final String FROM = "Campaign c";

    private static final List<SheetStatus> ANSWERABLE = List.of(SheetStatus.OPEN, SheetStatus.RETURNED);
    private static final List<SheetStatus> HANDED_IN = List.of(SheetStatus.SUBMITTED, SheetStatus.ACCEPTED);

    @PersistenceContext
    private EntityManager em;

    /** The sheets the scope sees, as a predicate over the sheet's enterprise {@code alias}. */
    static Scope.Condition sheetVisible(Scope scope, String alias) {
        if (scope.hasAny(Role.OFFICE, Role.LEADER, Role.AUDITOR)) {
            return scope.within(alias + ".path", alias + "Root");
        }
        if (scope.has(Role.LIAISON) && scope.homeEnterprise() != null) {
            return scope.within(alias + ".path", alias + "Root").and(new Scope.Condition(alias + ".code = :" + alias + "Home",
                    Map.of(alias + "Home", scope.homeEnterprise())));
        }
        return new Scope.Condition("1 = 0", Map.of());
    }

    /** The campaigns the scope sees (one of their sheets), as a predicate over {@code c}. */
    static Scope.Condition visible(Scope scope) {
        Scope.Condition sheets = sheetVisible(scope, "ve");
        return new Scope.Condition("EXISTS (SELECT 1 FROM AnswerSheet vs JOIN vs.enterprise ve WHERE vs.campaign = c AND "
                + sheets.jpql() + ")", sheets.parameters());
    }

    public Optional<Campaign> findByNo(Scope scope, String campaignNo) {
        Optional<String> no = NumberSeries.CAMPAIGN.normalise(campaignNo);
        if (no.isEmpty()) {
            return Optional.empty();
        }
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT c FROM " + FROM + " JOIN FETCH c.root WHERE c.campaignNo = :no AND "
                + visible, Campaign.class)).setParameter("no", no.get()).getResultStream().findFirst();
    }

    public List<Campaign> page(Scope scope, CampaignStatus status, int first, int max) {
        Scope.Condition where = where(scope, status);
        return where.bind(em.createQuery("SELECT c FROM " + FROM + " JOIN FETCH c.root WHERE " + where
                        + " ORDER BY CASE WHEN c.status = :running THEN 0 ELSE 1 END, c.createdAt DESC, c.id DESC", Campaign.class))
                .setParameter("running", CampaignStatus.RUNNING).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Scope scope, CampaignStatus status) {
        Scope.Condition where = where(scope, status);
        return where.bind(em.createQuery("SELECT count(c) FROM " + FROM + " WHERE " + where, Long.class)).getSingleResult();
    }

    private static Scope.Condition where(Scope scope, CampaignStatus status) {
        Scope.Condition where = visible(scope);
        return status == null ? where : where.and(new Scope.Condition("c.status = :status", Map.of("status", status)));
    }

    public List<CampaignItem> items(Campaign c) {
        return em.createQuery("SELECT i FROM CampaignItem i WHERE i.campaign = :c ORDER BY i.position", CampaignItem.class)
                .setParameter("c", c).getResultList();
    }

    /** The sheets of a campaign (read within the scope) that the scope sees, by enterprise tree order. */
    public List<AnswerSheet> sheets(Scope scope, Campaign c) {
        Scope.Condition visible = sheetVisible(scope, "e");
        return visible.bind(em.createQuery("SELECT s FROM AnswerSheet s JOIN s.enterprise e WHERE s.campaign = :c AND "
                + visible + " ORDER BY e.path", AnswerSheet.class)).setParameter("c", c).getResultList();
    }

    public Optional<AnswerSheet> sheet(Scope scope, Campaign c, String enterpriseCode) {
        if (enterpriseCode == null || enterpriseCode.isBlank() || enterpriseCode.length() > 20) {
            return Optional.empty();
        }
        Scope.Condition visible = sheetVisible(scope, "e");
        return visible.bind(em.createQuery("SELECT s FROM AnswerSheet s JOIN s.enterprise e WHERE s.campaign = :c "
                        + "AND e.code = :code AND " + visible, AnswerSheet.class)).setParameter("c", c)
                .setParameter("code", enterpriseCode.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    /** Sheets the scope sees in these states, the earliest due date first: the to-do lists and the liaison's list. */
    public List<AnswerSheet> sheetsIn(Scope scope, Collection<SheetStatus> statuses, boolean runningOnly, int max) {
        Scope.Condition visible = sheetVisible(scope, "e");
        Scope.Condition where = runningOnly
                ? visible.and(new Scope.Condition("c.status = :running", Map.of("running", CampaignStatus.RUNNING))) : visible;
        return where.bind(em.createQuery("SELECT s FROM AnswerSheet s JOIN s.enterprise e JOIN s.campaign c "
                        + "WHERE s.status IN :st AND " + where + " ORDER BY c.dueDate DESC, c.campaignNo, e.path", AnswerSheet.class))
                .setParameter("st", List.copyOf(statuses)).setMaxResults(max).getResultList();
    }

    /** Sheets of running campaigns past their due date and not handed in. */
    public List<AnswerSheet> overdue(Scope scope, LocalDate today, int max) {
        Scope.Condition visible = sheetVisible(scope, "e");
        return visible.bind(em.createQuery("SELECT s FROM AnswerSheet s JOIN s.enterprise e JOIN s.campaign c "
                        + "WHERE s.status IN :st AND c.status = :running AND c.dueDate < :today AND " + visible
                        + " ORDER BY c.dueDate, c.campaignNo, e.path", AnswerSheet.class))
                .setParameter("st", ANSWERABLE).setParameter("running", CampaignStatus.RUNNING)
                .setParameter("today", today).setMaxResults(max).getResultList();
    }

    /**
     * Per campaign (by id), over the sheets the scope sees: sheets, handed in, accepted, overdue (not handed in,
     * past due, campaign running).
     */
    public Map<Long, long[]> sheetCounts(Scope scope, Collection<Campaign> campaigns, LocalDate today) {
        if (campaigns.isEmpty()) {
            return Map.of();
        }
        Scope.Condition visible = sheetVisible(scope, "e");
        List<Object[]> rows = visible.bind(em.createQuery("SELECT c.id, count(s), "
                        + "sum(CASE WHEN s.status IN :handedIn THEN 1 ELSE 0 END), "
                        + "sum(CASE WHEN s.status = :accepted THEN 1 ELSE 0 END), "
                        + "sum(CASE WHEN s.status IN :answerable AND c.status = :running AND c.dueDate < :today THEN 1 ELSE 0 END) "
                        + "FROM AnswerSheet s JOIN s.campaign c JOIN s.enterprise e WHERE c IN :cs AND " + visible
                        + " GROUP BY c.id", Object[].class))
                .setParameter("handedIn", HANDED_IN).setParameter("accepted", SheetStatus.ACCEPTED)
                .setParameter("answerable", ANSWERABLE).setParameter("running", CampaignStatus.RUNNING)
                .setParameter("today", today).setParameter("cs", List.copyOf(campaigns)).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] r : rows) {
            counts.put((Long) r[0], new long[]{num(r[1]), num(r[2]), num(r[3]), num(r[4])});
        }
        return counts;
    }

    /** Per campaign (by id), over the sheets the scope sees: problems found, clues raised. */
    public Map<Long, long[]> problemCounts(Scope scope, Collection<Campaign> campaigns) {
        if (campaigns.isEmpty()) {
            return Map.of();
        }
        Scope.Condition visible = sheetVisible(scope, "e");
        List<Object[]> rows = visible.bind(em.createQuery("SELECT c.id, count(a), count(a.clueLedgerNo) FROM CampaignAnswer a "
                        + "JOIN a.sheet s JOIN s.campaign c JOIN s.enterprise e WHERE a.result = :problem AND c IN :cs AND "
                        + visible + " GROUP BY c.id", Object[].class))
                .setParameter("problem", AnswerResult.PROBLEM).setParameter("cs", List.copyOf(campaigns)).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] r : rows) {
            counts.put((Long) r[0], new long[]{num(r[1]), num(r[2])});
        }
        return counts;
    }

    /** Per sheet (by id): answers, problems, clues. */
    public Map<Long, long[]> answerCounts(Collection<AnswerSheet> sheets) {
        if (sheets.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("SELECT s.id, count(a), sum(CASE WHEN a.result = :problem THEN 1 ELSE 0 END), "
                        + "count(a.clueLedgerNo) FROM CampaignAnswer a JOIN a.sheet s WHERE s IN :ss GROUP BY s.id", Object[].class)
                .setParameter("problem", AnswerResult.PROBLEM).setParameter("ss", List.copyOf(sheets)).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] r : rows) {
            counts.put((Long) r[0], new long[]{num(r[1]), num(r[2]), num(r[3])});
        }
        return counts;
    }

    /** A sheet's answers by item id. */
    public Map<Long, CampaignAnswer> answers(AnswerSheet sheet) {
        Map<Long, CampaignAnswer> answers = new LinkedHashMap<>();
        em.createQuery("SELECT a FROM CampaignAnswer a WHERE a.sheet = :s", CampaignAnswer.class).setParameter("s", sheet)
                .getResultList().forEach(a -> answers.put(a.item().id(), a));
        return answers;
    }

    /** The files of these answers by answer id, without their bytes. */
    public Map<Long, List<CampaignFileInfo>> files(Collection<CampaignAnswer> answers) {
        if (answers.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CampaignFileInfo>> files = new HashMap<>();
        em.createQuery("SELECT f.answer.id, f.id, f.fileName, f.contentType, f.sizeBytes, f.sha256 FROM CampaignFile f "
                        + "WHERE f.answer IN :as ORDER BY f.id", Object[].class)
                .setParameter("as", List.copyOf(answers)).getResultList()
                .forEach(r -> files.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new CampaignFileInfo((Long) r[1], (String) r[2], (String) r[3], (Integer) r[4], (String) r[5])));
        return files;
    }

    public Optional<CampaignFile> file(AnswerSheet sheet, long fileId) {
        return em.createQuery("SELECT f FROM CampaignFile f WHERE f.id = :id AND f.answer.sheet = :s", CampaignFile.class)
                .setParameter("id", fileId).setParameter("s", sheet).getResultStream().findFirst();
    }

    public List<CampaignHistory> history(Campaign c) {
        return em.createQuery("SELECT h FROM CampaignHistory h WHERE h.campaign = :c ORDER BY h.occurredAt, h.id",
                CampaignHistory.class).setParameter("c", c).getResultList();
    }

    /** Codes of enterprises by sheet id, for the history's lines. */
    public Map<Long, String> sheetEnterprises(Campaign c) {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("SELECT s.id, s.enterprise.fullName FROM AnswerSheet s WHERE s.campaign = :c", Object[].class)
                .setParameter("c", c).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
