package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * M§24: the circumstances in which an enterprise head (企业负责人) bears direct responsibility; a DIRECT finding
 * on a head must name at least one.
 */
public enum HeadCircumstance implements BundleKeyed {
    /** (1) broke rules himself or with others */
    BROKE_RULES,
    /** (2) instructed, forced or condoned subordinates */
    INSTRUCTED_OR_CONDONED,
    /** (3) decided a major matter without the required procedure or beyond authority */
    NO_PROCEDURE_OR_BEYOND_AUTHORITY,
    /** (4) decided against the majority in a meeting */
    AGAINST_MAJORITY,
    /** (5) delegated a first-responsibility matter and the delegate decided wrongly */
    DELEGATED_WRONGLY,
    /** (6) other */
    OTHER;
}
