package com.soegroup.accountability.audit;

/**
 * A check of the chain: its result, whether it walked from the first seal ({@code full}) or from the last intact
 * check's position ({@code from}), the head it walked to, how many committed entries still await their seal, and
 * the entry number up to which it looked for entries outside the chain ({@code horizon}).
 */
public record ChainCheck(AuditChain.Verification result, boolean full, long from, long to, String toHash,
                         long awaitingSeal, long horizon) {
}
