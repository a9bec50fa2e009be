package com.soegroup.accountability.clue;

import java.io.Serializable;
import java.time.LocalDate;

/** A clue's file as lists show it (without its bytes). */
public record AttachmentInfo(long id, String fileName, String contentType, int sizeBytes, String sha256,
                             LocalDate uploadedOn) implements Serializable {
}
