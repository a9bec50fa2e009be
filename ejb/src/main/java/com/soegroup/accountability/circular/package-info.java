/**
 * Warning circulars (警示通报) and the publication of handling results (处理结果公开, M§38(3)): drafted by OFFICE from a
 * decided case and anonymised ({@link com.soegroup.accountability.circular.CircularAnonymiser}), approved by LEADER,
 * published to an enterprise subtree and roles; recipients read them on the home page, and each first opening is a
 * read receipt. Reads {@code decision}, {@code investigation}, {@code org} and {@code ruleset}; nothing imports it.
 */
package com.soegroup.accountability.circular;
