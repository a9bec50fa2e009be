/**
 * Self-inspection campaigns (自查专项行动, 篇一 (三)一, (四)二): OFFICE launches a campaign over an enterprise subtree
 * with a checklist and a due date; each enterprise of the subtree answers item by item on its own sheet, which
 * OFFICE accepts or sends back; a problem found becomes a clue (source 自查发现) in one step. Imports {@code clue},
 * {@code org}, {@code ruleset}, {@code shared} and {@code audit}; nothing imports it.
 */
package com.soegroup.accountability.inspection;
