package com.soegroup.accountability.annual;

import com.soegroup.accountability.rule.BundleKeyed;
import com.soegroup.accountability.shared.AnnualWorkTopic;

/**
 * The narrative sections of an annual report in 篇五's order: 一 the overview with the rule and organisation
 * system, 二 one section per heading of the work done ({@link AnnualWorkTopic}), 四 the problems and the next steps.
 * Part 三, the figures, is no text: it is computed.
 */
public enum AnnualSection implements BundleKeyed {
    OVERVIEW(null),
    LEADERSHIP(AnnualWorkTopic.LEADERSHIP),
    RULES(AnnualWorkTopic.RULES),
    TEAM(AnnualWorkTopic.TEAM),
    CLUE_CHANNELS(AnnualWorkTopic.CLUE_CHANNELS),
    DUTY_RECORDS(AnnualWorkTopic.DUTY_RECORDS),
    RECTIFICATION(AnnualWorkTopic.RECTIFICATION),
    RECOVERY(AnnualWorkTopic.RECOVERY),
    CIRCULARS(AnnualWorkTopic.CIRCULARS),
    SELF_INSPECTION(AnnualWorkTopic.SELF_INSPECTION),
    TRAINING(AnnualWorkTopic.TRAINING),
    PROBLEMS(null),
    PLANS(null);

    private final AnnualWorkTopic topic;

    AnnualSection(AnnualWorkTopic topic) {
        this.topic = topic;
    }

    /** The heading of part 二 this section tells, or null for parts 一 and 四. */
    public AnnualWorkTopic topic() {
        return topic;
    }

    public static AnnualSection of(AnnualWorkTopic topic) {
        for (AnnualSection s : values()) {
            if (s.topic == topic) {
                return s;
            }
        }
        throw new IllegalArgumentException(String.valueOf(topic));
    }
}
