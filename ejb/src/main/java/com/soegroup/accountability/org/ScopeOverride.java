package com.soegroup.accountability.org;

import java.time.Instant;
import java.util.List;

/**
 * ADMIN's settings for a user's scope.
 *
 * @param homeEnterprise code of the home enterprise that replaces the directory's, or null to keep it
 * @param grants         codes of extra enterprises whose subtrees the user also sees
 */
public record ScopeOverride(String userId, String homeEnterprise, String homeEnterpriseName, List<String> grants,
                            String note, String updatedBy, Instant updatedAt, int version) {
}
