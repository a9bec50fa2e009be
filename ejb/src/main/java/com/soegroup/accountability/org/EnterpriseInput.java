package com.soegroup.accountability.org;

/** An enterprise as an import row gives it (the parent only when the enterprise is new). */
public record EnterpriseInput(String code, String fullName, String shortName, String parentCode, EnterpriseType type,
                              String uscc, String ownerInstitution) {
}
