/**
 * What every area uses and nothing else: the caller ({@link CallerService}) and their {@link Scope}, computed once
 * per request by {@link ScopeService}; the error type every refusal travels in ({@link AccountabilityException},
 * {@link ErrorCode}); the application clock; gap-free numbers from the counter table ({@link Numbering}); the
 * settings read from WildFly ({@link Settings}); the PDF font and page decoration; the history line every area's
 * history extends; the claim of a scheduled job's period, once per firing in a cluster ({@link JobRuns},
 * {@link JobPeriod}). It imports no area.
 */
package com.soegroup.accountability.shared;
