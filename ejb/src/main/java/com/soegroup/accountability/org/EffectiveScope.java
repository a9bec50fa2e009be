package com.soegroup.accountability.org;

import java.io.Serializable;
import java.util.List;

/**
 * What a user's scope is right now: the home enterprise in effect (directory or override) with its name (null
 * when the code is unknown in the tree), the enterprises whose subtrees they see, and the person they are (for
 * recusal), if one is linked to the user id.
 */
public record EffectiveScope(String userId, String homeEnterprise, String homeEnterpriseName, List<String> roots,
                             String employeeNo, boolean overridden) implements Serializable {
}
