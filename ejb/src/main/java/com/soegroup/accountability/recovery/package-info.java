/**
 * Loss recovery (追损, 篇五 二(二)3 "以追责促追损"): what was recovered of each loss item after its determination, as
 * events corrected only by reversing events; the case's figures (loss, recovered with HR's pay claw-backs of its
 * decisions, outstanding, rate); the quarterly follow-up of an outstanding balance until LEADER approves writing it
 * off as irrecoverable; and the totals by enterprise subtree and year that statistics and the annual report read.
 * Imports the case areas it reads (investigation, loss, decision); none imports it.
 */
package com.soegroup.accountability.recovery;
