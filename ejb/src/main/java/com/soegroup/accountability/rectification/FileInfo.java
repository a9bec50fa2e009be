package com.soegroup.accountability.rectification;

import java.io.Serializable;

/** A submitted file as listed: name, type as its content shows it, size and SHA-256. */
public record FileInfo(long id, String name, String contentType, int size, String sha256) implements Serializable {
}
