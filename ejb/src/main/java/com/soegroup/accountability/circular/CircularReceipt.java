package com.soegroup.accountability.circular;

import java.io.Serializable;

/**
 * The read receipts of one enterprise of the publication scope: how many of its recipients opened the circular and
 * how many did not (recipients are the people with a sign-in account there; the roles are the directory's).
 */
public record CircularReceipt(String enterpriseCode, String enterpriseName, long recipients, long read, long notRead)
        implements Serializable {
}
