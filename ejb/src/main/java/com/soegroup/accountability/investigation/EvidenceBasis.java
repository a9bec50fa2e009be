package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.BundleKeyed;

/** The evidence basis of a loss item or an evidence file (M§20). */
public enum EvidenceBasis implements BundleKeyed {
    JUDICIAL_OR_ADMINISTRATIVE, ACCOUNTING_AUDIT, ASSET_APPRAISAL, LAW_FIRM_OPINION, TECHNICAL_APPRAISAL, INTERNAL;
}
