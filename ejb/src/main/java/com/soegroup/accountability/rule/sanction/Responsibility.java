package com.soegroup.accountability.rule.sanction;

import com.soegroup.accountability.rule.BundleKeyed;

/** Kind of responsibility per person, M§22–26 (第二十二条–第二十六条): 直接责任, 主管责任, 领导责任. */
public enum Responsibility implements BundleKeyed {
    DIRECT,
    SUPERVISORY,
    LEADERSHIP
}
