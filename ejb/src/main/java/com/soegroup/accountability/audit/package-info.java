/**
 * The audit trail: an append-only hash chain of every write and every read of confidential data
 * ({@link AuditService}), its check, and the log as ADMIN and AUDITOR read it within their scope. Each area tells it
 * which entries are about its records through an {@link AuditedRecords} bean, so the trail imports no area but
 * {@code shared}.
 */
package com.soegroup.accountability.audit;
