package com.soegroup.accountability.api.evidence;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.investigation.EvidenceService;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The JSON shapes of a case's evidence files and the team's notes. */
public final class EvidenceDtos {

    private EvidenceDtos() {
    }

    /** An evidence file of the case (the bytes are at .../evidence/{id}); a withdrawn one with its reason. */
    @Schema(name = "EvidenceFile")
    public record File(long id, String fileName, String contentType, long sizeBytes, String sha256, String basis,
                       String documentReference, String uploadedBy, Instant uploadedAt, boolean withdrawn,
                       String withdrawnReason) {
        static File of(EvidenceService.EvidenceFileDetail f) {
            return new File(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), f.sha256(), ApiValues.name(f.basis()),
                    f.documentReference(), f.uploadedBy(), f.uploadedAt(), f.withdrawn(), f.withdrawnReason());
        }
    }

    @Schema(name = "CaseNote")
    public record Note(long id, String text, String writtenBy, Instant writtenAt) {
        static Note of(EvidenceService.EvidenceNoteDetail n) {
            return new Note(n.id(), n.text(), n.writtenBy(), n.writtenAt());
        }
    }

    /** The multipart form of an upload: the file, the evidence basis (a code) and the document's reference. */
    @Schema(name = "EvidenceUpload")
    public record UploadForm(@Schema(required = true) byte[] file, String basis,
                             @Size(max = 200) String documentReference) {
    }

    /** Why a file is withdrawn (it is never deleted). */
    @Schema(name = "EvidenceWithdrawalRequest")
    public record WithdrawalRequest(@Schema(required = true) @Size(max = 2000) String reason) implements ApiRequest {
        static WithdrawalRequest read(JsonInput in) {
            return new WithdrawalRequest(in.text("reason", true));
        }
    }

    @Schema(name = "CaseNoteRequest")
    public record NoteRequest(@Schema(required = true) @Size(max = 4000) String text) implements ApiRequest {
        static NoteRequest read(JsonInput in) {
            return new NoteRequest(in.text("text", true));
        }
    }
}
