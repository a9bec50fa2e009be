/**
 * The integration tests ({@code *IT}, run by Failsafe against the real EAR in a managed WildFly with PostgreSQL and
 * LDAP), one package per area: {@code clue}, {@code investigation}, {@code decision}, {@code effect}, {@code org},
 * {@code audit}, {@code rule}, {@code platform}.
 * <p>
 * A new test copies one class of its area: it extends {@code testsupport.ApplicationIT}, calls the API through
 * {@code testsupport.Api} and, for a browser test, walks the pages through the page objects of
 * {@code testsupport.pages} ({@code SignInPage.open(browser).signIn(…).menu()…}). What a test needs set up before it
 * (a clue, an investigation, people, evidence) comes from the fixtures in {@code testsupport}
 * ({@code ClueFixtures}, {@code InvestigationFixtures}, {@code EvidenceFixtures}, {@code ImportFixtures},
 * {@code AuditFixtures}, {@code OrgFixtures}, {@code DecisionFixtures}, and {@code Dates} for today): a test calls no
 * other test's methods. Helpers only one test uses stay private in it.
 * <p>
 * Benchmarks, which print figures and fail on no timing, are in {@code com.soegroup.accountability.bench}.
 */
package com.soegroup.accountability.it;
