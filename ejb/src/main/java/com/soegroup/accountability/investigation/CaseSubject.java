package com.soegroup.accountability.investigation;

public record CaseSubject(String employeeNo, String name, String enterprise, String post, boolean enterpriseHead) {
}
