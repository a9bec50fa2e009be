package com.soegroup.accountability.testsupport;

import java.nio.charset.StandardCharsets;

/** Evidence files of an investigation, uploaded through the API as the office uploads them. */
public final class EvidenceFixtures {

    /** The smallest file the server takes for a PDF by its content. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private EvidenceFixtures() {
    }

    /** The office uploads {@code content} as the file {@code name} to the case, with its basis and document reference. */
    public static Api.Reply upload(String no, String name, byte[] content) {
        Multipart body = new Multipart().file("file", name, "application/pdf", content).field("basis", "ACCOUNTING_AUDIT")
                .field("documentReference", "审计报告〔2026〕30号");
        return Api.as("office").post("/investigations/" + no + "/evidence", body.contentType(), body.bytes());
    }
}
