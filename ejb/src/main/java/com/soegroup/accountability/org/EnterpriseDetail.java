package com.soegroup.accountability.org;

import java.io.Serializable;
import java.util.List;

/** An enterprise with its yearly assets (newest first) and its history in the tree (oldest first). */
public record EnterpriseDetail(EnterpriseSummary enterprise, List<AssetsYear> assets,
                               List<TreeChange> history) implements Serializable {
}
