/**
 * The organisation: enterprises (the tree with its materialised paths, restructurings, year-end assets), people
 * (with their pay by year), the master-data import, ADMIN's overrides of users' scopes ({@link UserScopeService}) and
 * the record of who is involved in which case object, on which recusal rests ({@link InvolvementCheck}). Imports
 * {@code audit} and {@code shared}, no case area.
 */
package com.soegroup.accountability.org;
