/**
 * Decisions' effects for HR (M§30): the effect periods of a person, promotion eligibility of a list, the ban list,
 * and their exports. Reads decisions' data through its own queries; never shows case facts.
 */
package com.soegroup.accountability.effect;
