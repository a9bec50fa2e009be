/**
 * Decisions (处理决定) per person of a concluded case: the proposal from the engine's recommendation, legal
 * review, approval, service and execution, appeals (a changed result makes a new decision), referrals to other
 * organs, pay deductions and recoveries, and the decision documents.
 */
package com.soegroup.accountability.decision;
