package com.soegroup.accountability.api.report;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.report.InvestigationReportService;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The JSON shapes of the investigation report's drafted text. */
public final class ReportDtos {

    private ReportDtos() {
    }

    /**
     * The drafters' text of the report: proposed handling and rectification proposals (整改建议); {@code version}
     * absent while nothing was written; {@code editable} for the caller.
     */
    @Schema(name = "ReportText")
    public record Text(String caseNo, String proposedHandling, String rectification, Integer version, String updatedBy,
                       Instant updatedAt, boolean editable) {
        static Text of(InvestigationReportService.Text t) {
            return new Text(t.caseNo(), t.proposedHandling(), t.rectification(), t.version(), t.updatedBy(),
                    t.updatedAt(), t.editable());
        }
    }

    /** The text written with the version read (absent for the first text). */
    @Schema(name = "ReportTextRequest")
    public record TextRequest(@Size(max = 4000) String proposedHandling, @Size(max = 4000) String rectification,
                              Integer version) implements ApiRequest {
        static TextRequest read(JsonInput in) {
            return new TextRequest(in.text("proposedHandling", false), in.text("rectification", false),
                    in.integer("version"));
        }
    }
}
