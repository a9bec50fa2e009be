/**
 * Duty records of major decisions (重大决策事项履职记录, 篇五 二(二)1): for each 三重一大 matter an enterprise keeps who
 * decided what at which meeting, the procedure followed and each participant's opinion and reasons; confirmed
 * versions never change (a correction is the next version), a person's whole decision history is searchable across
 * years and enterprises (终身追责), and a record is linked to a responsibility finding as the evidence of an M§24
 * circumstance. Imports {@code org}, {@code audit}, {@code shared} and, one way, {@code investigation} (the findings it
 * links to); no area imports it.
 */
package com.soegroup.accountability.duty;
