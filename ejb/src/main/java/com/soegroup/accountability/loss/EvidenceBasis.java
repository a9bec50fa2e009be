package com.soegroup.accountability.loss;

/** The evidence basis of a loss (M§20). */
public enum EvidenceBasis {
    JUDICIAL_OR_ADMINISTRATIVE, ACCOUNTING_AUDIT, ASSET_APPRAISAL, LAW_FIRM_OPINION, TECHNICAL_APPRAISAL, INTERNAL;

    public String bundleKey() {
        return "EvidenceBasis." + name();
    }
}
