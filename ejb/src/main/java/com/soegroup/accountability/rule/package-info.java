/**
 * The rule engine: the regulations' rules as plain Java, records in and records out, no container type anywhere
 * (loss level, sanction recommendation, pay claw-back, promotion effects, rule sets and their JSON). Tested table by
 * table without a server. It imports nothing of the application; {@link BundleKeyed} is how its enums (and every
 * other area's) name their bundle text.
 */
package com.soegroup.accountability.rule;
