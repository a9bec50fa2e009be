/**
 * Rectification (整改, M§38(4), O63 六(一)4): tasks that make the owner enterprise plug the loopholes a concluded
 * case, a decision, a self-inspection or a regulator found — submissions with files, extensions approved by
 * LEADER, verification by OFFICE, reminders, and the step that turns an overdue task into a new clue (M§7(5)).
 * The clues of its case close only once it is verified ({@link com.soegroup.accountability.clue.ClueWork}).
 */
package com.soegroup.accountability.rectification;
