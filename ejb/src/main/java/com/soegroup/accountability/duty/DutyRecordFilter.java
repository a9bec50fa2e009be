package com.soegroup.accountability.duty;

import java.io.Serializable;

/**
 * What the list shows: the records of an enterprise's subtree (code, null for the whole scope), of a year of the
 * meeting (null for all), and of one person (employee number, null for everybody: 终身追责 searches every year).
 */
public record DutyRecordFilter(String enterprise, Integer year, String employeeNo) implements Serializable {

    public static final DutyRecordFilter ALL = new DutyRecordFilter(null, null, null);
}
