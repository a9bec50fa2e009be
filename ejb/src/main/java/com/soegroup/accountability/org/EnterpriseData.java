package com.soegroup.accountability.org;

/** The descriptive attributes of an enterprise, as entered on a page, by the API or in an import row. */
public record EnterpriseData(String fullName, String shortName, EnterpriseType type, String uscc,
                             String ownerInstitution) {
}
