package com.soegroup.accountability.training;

import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Queries of training records: OFFICE, LEADER, LIAISON and AUDITOR see those organised by enterprises within their
 * scope; every other role sees none.
 */
@ApplicationScoped
public class TrainingRepository {

    public static final String OBJECT_TYPE = "TRAINING";
    public static final String LIST = "TRAINING_LIST";
    static final String FROM = "Training t JOIN t.organiser o";

    @PersistenceContext
    private EntityManager em;

    static Scope.Condition visible(Scope scope) {
        if (!scope.hasAny(Role.OFFICE, Role.LEADER, Role.LIAISON, Role.AUDITOR)) {
            return new Scope.Condition("1 = 0", Map.of());
        }
        return scope.within("o.path");
    }

    public Optional<Training> findByNo(Scope scope, String trainingNo) {
        Optional<String> no = NumberSeries.TRAINING.normalise(trainingNo);
        if (no.isEmpty()) {
            return Optional.empty();
        }
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT t FROM " + FROM + " WHERE t.trainingNo = :no AND " + visible,
                Training.class)).setParameter("no", no.get()).getResultStream().findFirst();
    }

    public List<Training> page(Scope scope, TrainingFilter filter, String enterprisePath, int first, int max) {
        Scope.Condition where = where(scope, filter, enterprisePath);
        return where.bind(em.createQuery("SELECT t FROM " + FROM + " WHERE " + where
                + " ORDER BY t.heldOn DESC, t.trainingNo DESC", Training.class)).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long count(Scope scope, TrainingFilter filter, String enterprisePath) {
        Scope.Condition where = where(scope, filter, enterprisePath);
        return where.bind(em.createQuery("SELECT count(t) FROM " + FROM + " WHERE " + where, Long.class)).getSingleResult();
    }

    private static Scope.Condition where(Scope scope, TrainingFilter f, String enterprisePath) {
        Scope.Condition where = visible(scope);
        Map<String, Object> p = new HashMap<>();
        StringBuilder jpql = new StringBuilder("1 = 1");
        if (enterprisePath != null) {
            jpql.append(" AND o.path LIKE :organiserPath");
            p.put("organiserPath", enterprisePath + "%");
        }
        if (f.from() != null) {
            jpql.append(" AND t.heldOn >= :heldFrom");
            p.put("heldFrom", f.from());
        }
        if (f.to() != null) {
            jpql.append(" AND t.heldOn <= :heldTo");
            p.put("heldTo", f.to());
        }
        if (f.text() != null && !f.text().isBlank()) {
            jpql.append(" AND lower(t.course) LIKE :courseText ESCAPE '!'");
            p.put("courseText", "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return where.and(new Scope.Condition(jpql.toString(), p));
    }

    /** How many participants each training (by id) has. */
    public Map<Long, Integer> participantCounts(Collection<Training> trainings) {
        if (trainings.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        em.createQuery("SELECT t.id, count(p) FROM Training t JOIN t.participantIds p WHERE t IN :ts GROUP BY t.id", Object[].class)
                .setParameter("ts", List.copyOf(trainings)).getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    /** The participants of a training (read within the scope): employee number, name, enterprise, by name. */
    public List<Object[]> participants(Training t) {
        if (t.participantIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p.employeeNo, p.name, e.fullName FROM Person p JOIN p.enterprise e WHERE p.id IN :ids "
                + "ORDER BY p.name, p.employeeNo", Object[].class).setParameter("ids", List.copyOf(t.participantIds())).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
