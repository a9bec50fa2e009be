/**
 * Search (查找): one search over the clues, cases, decisions and people of the caller's scope by number, name or
 * any words of their text, Chinese without spaces. It reads the other areas' tables through its own SQL
 * ({@link SearchRepository}) with each area's scope and recusal predicates and the roles of each area's own list,
 * and imports nothing of theirs but their status enums; no area imports it. The text is indexed in the database
 * by character bigrams (V39), so every node of a cluster reads the same committed index.
 */
package com.soegroup.accountability.search;
