package com.soegroup.accountability.decision;

import java.io.Serializable;

/**
 * A served decision whose amounts cannot be computed because HR has not entered the person's pay of {@code year}
 * (待录入薪酬): a line of HR's worklist, and a task of HR's to-do list.
 */
public record DecisionPayMissing(String decisionNo, String employeeNo, String name, String enterpriseName, int year)
        implements Serializable {
}
