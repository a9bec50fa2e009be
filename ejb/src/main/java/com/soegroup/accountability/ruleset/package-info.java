/**
 * The rule sets in force, as the application stores and edits them: which set applies to an enterprise and a
 * date, ADMIN's drafting and putting in force, and the service the pages and the API call to evaluate a rule of
 * {@code rule} with the right set. Imports {@code rule}, {@code org}, {@code audit} and {@code shared}, no case area.
 */
package com.soegroup.accountability.ruleset;
