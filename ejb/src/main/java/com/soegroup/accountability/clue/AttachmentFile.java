package com.soegroup.accountability.clue;

/** A clue's file with its bytes, for download. */
public record AttachmentFile(AttachmentInfo info, byte[] content) {
}
