package com.soegroup.accountability.api.org;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.org.ImportKind;
import com.soegroup.accountability.org.ImportTemplates;
import com.soegroup.accountability.org.OrgImportService;
import com.soegroup.accountability.org.PayYear;
import com.soegroup.accountability.org.PersonDetail;
import com.soegroup.accountability.org.PersonInput;
import com.soegroup.accountability.org.PersonPage;
import com.soegroup.accountability.org.PersonService;
import com.soegroup.accountability.org.PersonStatus;
import com.soegroup.accountability.org.PersonSummary;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code /people}: people within the caller's scope. Pay only for HR, OFFICE and LEADER; the ID document
 * only as its last four characters. Import for HR systems: {@code POST /people/import}, multipart {@code file}
 * and {@code kind} PEOPLE (default; ADMIN, HR) or PAY (HR).
 */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    @JsonbNillable
    public record Person(String employeeNo, String name, String enterprise, String enterpriseName, String department,
                         String post, String postLevel, boolean enterpriseHead, boolean leadershipMember, String status,
                         LocalDate statusDate, int version) {
        static Person of(PersonSummary p) {
            return new Person(p.employeeNo(), p.name(), p.enterpriseCode(), p.enterpriseName(), p.department(), p.post(),
                    p.postLevel(), p.enterpriseHead(), p.leadershipMember(), p.status().name(), p.statusDate(), p.version());
        }
    }

    @JsonbNillable
    public record Pay(int year, String performanceSalary, String termIncentive, String longTermIncentive,
                      String enteredBy, Instant enteredAt, int version) {
        static Pay of(PayYear y) {
            return new Pay(y.year(), ApiValues.money(y.performanceSalary()), ApiValues.money(y.termIncentive()),
                    ApiValues.money(y.longTermIncentive()), y.enteredBy(), y.enteredAt(), y.version());
        }
    }

    /** {@code pay} is null, not empty, for a role that may not see pay. */
    @JsonbNillable
    public record Detail(Person person, String ldapUserId, String idLastFour, List<Pay> pay) {
        static Detail of(PersonDetail d) {
            return new Detail(Person.of(d.person()), d.ldapUserId(), d.idLastFour(),
                    d.payVisible() ? d.pay().stream().map(Pay::of).toList() : null);
        }
    }

    public record Page(long total, int page, int size, List<Person> items) {
    }

    /** A change of a person: {@code version} as read; {@code idNumber} only to set a new number (never returned). */
    public record Update(Integer version, String name, String enterprise, String department, String post,
                         String postLevel, Boolean enterpriseHead, Boolean leadershipMember, String status,
                         LocalDate statusDate, String ldapUserId, String idNumber) {
    }

    @EJB
    private PersonService people;

    @EJB
    private OrgImportService imports;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.R_ADMIN, Role.R_HR})
    public Response importFile(List<EntityPart> parts) {
        Imports.Upload upload = Imports.read(parts);
        ImportKind kind = Imports.kind(upload.kind(), ImportKind.PEOPLE, Set.of(ImportKind.PEOPLE, ImportKind.PAY));
        return Imports.answer(kind == ImportKind.PAY
                ? imports.importPay(upload.fileName(), upload.content())
                : imports.importPeople(upload.fileName(), upload.content()), headers);
    }

    @GET
    @Path("import/template")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_ADMIN, Role.R_HR})
    public Response template(@QueryParam("kind") String kind, @QueryParam("format") String format) {
        ImportKind chosen = Imports.kind(kind, ImportKind.PEOPLE, Set.of(ImportKind.PEOPLE, ImportKind.PAY));
        ImportTemplates.Format as = Imports.format(format);
        return Imports.template(imports.template(chosen, as), chosen, as);
    }

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public Page list(@QueryParam("q") String text, @QueryParam("enterprise") String enterprise,
                     @QueryParam("subsidiaries") @DefaultValue("true") boolean subsidiaries,
                     @QueryParam("status") String status,
                     @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        PersonPage found = people.search(text, enterprise, subsidiaries, ApiValues.code(PersonStatus.class, "status", status),
                page * size, size);
        return new Page(found.total(), page, size, found.people().stream().map(Person::of).toList());
    }

    @GET
    @Path("{employeeNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public Detail get(@PathParam("employeeNo") String employeeNo) {
        return Detail.of(people.detail(employeeNo));
    }

    @PUT
    @Path("{employeeNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_ADMIN, Role.R_HR})
    public Detail update(@PathParam("employeeNo") String employeeNo, Update update) {
        if (update == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        if (update.version() == null) {
            throw AccountabilityException.invalid("version", "field.required");
        }
        PersonStatus status = ApiValues.code(PersonStatus.class, "status", update.status());
        PersonInput input = new PersonInput(update.name(), update.enterprise(), update.department(), update.post(),
                update.postLevel(), Boolean.TRUE.equals(update.enterpriseHead()), Boolean.TRUE.equals(update.leadershipMember()),
                status, update.statusDate(), update.ldapUserId(), update.idNumber());
        return Detail.of(people.update(employeeNo, update.version(), input));
    }

    @GET
    @Path("{employeeNo}/pay")
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER})
    public List<Pay> pay(@PathParam("employeeNo") String employeeNo) {
        return people.pay(employeeNo).stream().map(Pay::of).toList();
    }
}
