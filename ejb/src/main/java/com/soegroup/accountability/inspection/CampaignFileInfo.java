package com.soegroup.accountability.inspection;

import java.io.Serializable;

/** An evidence file as listed, without its bytes. */
public record CampaignFileInfo(long id, String name, String contentType, int size, String sha256) implements Serializable {
}
