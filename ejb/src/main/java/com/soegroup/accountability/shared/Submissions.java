package com.soegroup.accountability.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Once per form: a page that creates a record gives its form a token ({@link #newToken()}, a hidden field), and the
 * service claims it in the transaction that creates the record. The same form posted again — the same view state
 * sent twice by a double click, a replayed request or the browser's "resend" — finds the token claimed and is
 * refused with the number of the record the first post created, and nothing is written. A failed post claims
 * nothing (its transaction rolls back), so the user may correct the form and save it. Two posts at the same moment:
 * the second waits on the first one's row and is refused once it commits.
 * <p>
 * Callers without a form (the API) pass no token and are not guarded: an API client decides itself whether to
 * repeat a request.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Submissions {

    @PersistenceContext
    private EntityManager em;

    /** A fresh token for a form. */
    public static String newToken() {
        return UUID.randomUUID().toString();
    }

    /**
     * Claims a form's token for a record about to be created; refused (CONFLICT, naming the record) when the form was
     * posted before. No token: nothing to claim.
     */
    public void claim(String token, String objectType) {
        UUID id = parse(token);
        if (id == null) {
            return;
        }
        int inserted = em.createNativeQuery("INSERT INTO form_submission (token, object_type, submitted_at) "
                        + "VALUES (?1, ?2, clock_timestamp()) ON CONFLICT (token) DO NOTHING")
                .setParameter(1, id).setParameter(2, objectType).executeUpdate();
        if (inserted == 0) {
            @SuppressWarnings("unchecked")
            List<Object> first = em.createNativeQuery("SELECT object_no FROM form_submission WHERE token = ?1")
                    .setParameter(1, id).getResultList();
            Object number = first.isEmpty() ? null : first.get(0);
            throw new AccountabilityException(ErrorCode.CONFLICT, "form.submittedTwice", null, number == null ? "" : number);
        }
    }

    /** Names the record the claimed form created, for a second post to be told. */
    public void created(String token, String objectNo) {
        UUID id = parse(token);
        if (id != null) {
            em.createNativeQuery("UPDATE form_submission SET object_no = ?2 WHERE token = ?1")
                    .setParameter(1, id).setParameter(2, objectNo).executeUpdate();
        }
    }

    private static UUID parse(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(token.strip());
        } catch (IllegalArgumentException e) {
            throw new AccountabilityException(ErrorCode.INVALID_INPUT, "form.tokenInvalid", null);
        }
    }
}
