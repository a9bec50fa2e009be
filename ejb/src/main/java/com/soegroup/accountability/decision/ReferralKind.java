package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.BundleKeyed;

/** M§5: signs of discipline violations go to the discipline-inspection organ, suspected crimes to a judicial organ. */
public enum ReferralKind implements BundleKeyed {
    DISCIPLINARY,
    JUDICIAL
}
