package com.soegroup.accountability.org;

import java.io.Serializable;
import java.util.List;

/** The organisation report of an enterprise (篇二 附件): its two organs, the leading group first. */
public record OrganReport(String enterpriseCode, String enterpriseName, List<OrganDetail> organs) implements Serializable {

    public OrganReport {
        organs = List.copyOf(organs);
    }
}
