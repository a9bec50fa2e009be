package com.soegroup.accountability.calendar;

import com.soegroup.accountability.rule.BundleKeyed;

/** How a day of the calendar differs from Monday to Friday: a public holiday, or a weekend day worked (调休上班). */
public enum DayKind implements BundleKeyed {
    HOLIDAY, WORKDAY
}
