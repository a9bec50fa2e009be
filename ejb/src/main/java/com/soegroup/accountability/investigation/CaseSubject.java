package com.soegroup.accountability.investigation;

import java.io.Serializable;

public record CaseSubject(String employeeNo, String name, String enterprise, String post,
                          boolean enterpriseHead) implements Serializable {
}
