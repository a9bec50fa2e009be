/**
 * Losses of a case (损失认定): loss items with their evidence, the totals, and the determination of the loss level
 * with the rule set in force. Reading a case's losses writes nothing but the read's audit entry.
 */
package com.soegroup.accountability.loss;
