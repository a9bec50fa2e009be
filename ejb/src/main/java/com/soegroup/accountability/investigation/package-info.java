/**
 * Investigations (核查): the case opened from clues, its team with their recusal declarations, subjects,
 * evidence, the findings per subject with the fault-tolerance evaluation (容错) and the proposed jurisdiction.
 * Imports {@code clue} (a case's clues), never the areas after it.
 */
package com.soegroup.accountability.investigation;
