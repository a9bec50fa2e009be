package com.soegroup.accountability.rule.sanction;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * What a person may choose after M§31 (第三十一条) and M§32 (第三十二条): the row as it stands, 从重 (heavy end),
 * 加重 (next level's row), 从轻 (light end), 减轻 (below the range), 免于处理 (no sanction).
 */
public enum Outcome implements BundleKeyed {
    STANDARD,
    HEAVIER,
    ESCALATED,
    LIGHTER,
    MITIGATED,
    EXEMPTED
}
