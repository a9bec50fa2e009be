package com.soegroup.accountability.inspection;

import com.soegroup.accountability.rule.BundleKeyed;

/** The answer to one checklist item: 无问题 or 发现问题. */
public enum AnswerResult implements BundleKeyed {
    NO_PROBLEM, PROBLEM
}
