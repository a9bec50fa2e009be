package com.soegroup.accountability.api.training;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.training.TrainingData;
import com.soegroup.accountability.training.TrainingDetail;
import com.soegroup.accountability.training.TrainingPage;
import com.soegroup.accountability.training.TrainingSummary;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of /trainings: a training record, the list's page, and a new record. Hours are decimal strings. */
public final class TrainingDtos {

    private TrainingDtos() {
    }

    @Schema(name = "TrainingSummary")
    public record Summary(String trainingNo, String course, String organiser, String organiserName, LocalDate heldOn,
                          String hours, int participants, int externalParticipants, int total) {
        static Summary of(TrainingSummary s) {
            return new Summary(s.trainingNo(), s.course(), s.organiserCode(), s.organiserName(), s.heldOn(),
                    s.hours().toPlainString(), s.participants(), s.externalParticipants(), s.total());
        }
    }

    @Schema(name = "TrainingPage")
    public record Page(long total, int page, int size, List<Summary> items) {
        static Page of(TrainingPage p, int page, int size) {
            return new Page(p.total(), page, size, p.items().stream().map(Summary::of).toList());
        }
    }

    @Schema(name = "TrainingParticipant")
    public record Participant(String employeeNo, String name, String enterpriseName) {
        static Participant of(TrainingDetail.Participant p) {
            return new Participant(p.employeeNo(), p.name(), p.enterpriseName());
        }
    }

    @Schema(name = "TrainingDetail")
    public record Detail(Summary summary, List<Participant> participants, String materials, String createdBy,
                         Instant createdAt, int version) {
        static Detail of(TrainingDetail d) {
            return new Detail(Summary.of(d.summary()), d.participants().stream().map(Participant::of).toList(),
                    d.materials(), d.createdBy(), d.createdAt(), d.version());
        }
    }

    /** A training to record: participants by employee number (within the caller's scope). */
    @Schema(name = "TrainingRequest")
    public record CreateRequest(@Schema(required = true) @Size(max = 200) String course,
                                @Schema(required = true) @Size(max = 20) String organiser,
                                @Schema(required = true) LocalDate heldOn,
                                @Schema(required = true, type = SchemaType.NUMBER, description = "hours, one decimal at most")
                                BigDecimal hours,
                                List<String> participants, Integer externalParticipants,
                                @Size(max = 2000) String materials) implements ApiRequest {
        static CreateRequest read(JsonInput in) {
            return new CreateRequest(in.text("course", true), in.text("organiser", true), in.date("heldOn", true),
                    hours(in), in.has("participants") ? in.texts("participants") : List.of(),
                    in.integer("externalParticipants"), in.text("materials", false));
        }

        /** Hours as a number (or a decimal string): any other value is refused naming the field. */
        private static BigDecimal hours(JsonInput in) {
            try {
                return in.money("hours", true);
            } catch (AccountabilityException e) {
                if ("field.required".equals(e.messageKey())) {
                    throw e;
                }
                throw in.invalid("hours", "training.hours.invalid");
            }
        }

        TrainingData data() {
            return new TrainingData(course, organiser, heldOn, hours, participants, externalParticipants,
                    materials);
        }
    }
}
