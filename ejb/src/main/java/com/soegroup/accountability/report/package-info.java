/**
 * Documents sent upward (报告): today the investigation report (its text, approval and PDF); the incident and
 * annual reports to SASAC come here too. The whistle-blowing form is not a report in this sense: it is
 * {@code clue.AnonymousReportService}.
 */
package com.soegroup.accountability.report;
