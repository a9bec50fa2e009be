package com.soegroup.accountability.inspection;

import com.soegroup.accountability.rule.BundleKeyed;

/** A campaign is running until OFFICE closes it (进行中, 已结束). */
public enum CampaignStatus implements BundleKeyed {
    RUNNING, CLOSED
}
