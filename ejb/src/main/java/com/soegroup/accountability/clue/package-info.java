/**
 * The clue ledger (问题线索台账): registering clues (by the office, a liaison, or anonymously through the public
 * form with its receipt code and messages), their lifecycle up to closing, supervision by a leader with its
 * reminders, attachments, the ledger's lists and exports, and the reconciliation (对账销号). Later areas report
 * open work on a clue through {@link ClueWork}, so the ledger imports none of them.
 */
package com.soegroup.accountability.clue;
