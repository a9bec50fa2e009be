package com.soegroup.accountability.web.org;

import com.soegroup.accountability.org.OrganData;
import com.soegroup.accountability.org.OrganDetail;
import com.soegroup.accountability.org.OrganKind;
import com.soegroup.accountability.org.OrganMemberData;
import com.soegroup.accountability.org.OrganPosition;
import com.soegroup.accountability.org.OrganReport;
import com.soegroup.accountability.org.OrganService;
import com.soegroup.accountability.web.shell.Pages;
import com.soegroup.accountability.web.shell.ShellView;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The accountability organs of an enterprise (org/organs.xhtml?enterprise=): the leading group and its office with
 * their members, edited by the office (and ADMIN) as a form per organ; the organisation report as DOCX and PDF; the
 * history of each organ.
 */
@Named
@ViewScoped
public class OrgansView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganService organs;

    @Inject
    private ShellView shell;

    private String enterprise;
    private Pick chosen;
    private OrganReport report;
    private List<OrganForm> forms;

    /** A member as edited; the linked person chosen with the picker. */
    public static class MemberForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private OrganPosition position;
        private Pick person;
        private String name;
        private String department;
        private String post;
        private String phone;
        private String email;

        MemberForm(OrganPosition position) {
            this.position = position;
        }

        MemberForm(OrganMemberData m) {
            position = m.position();
            person = m.employeeNo() == null ? null : new Pick(m.employeeNo(), m.name(), m.department());
            name = m.name();
            department = m.department();
            post = m.post();
            phone = m.phone();
            email = m.email();
        }

        OrganMemberData data() {
            return new OrganMemberData(position, person == null ? null : person.key(), name, department, post, phone, email);
        }

        public OrganPosition getPosition() { return position; }
        public void setPosition(OrganPosition position) { this.position = position; }
        public Pick getPerson() { return person; }
        public void setPerson(Pick person) { this.person = person; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDepartment() { return department; }
        public void setDepartment(String department) { this.department = department; }
        public String getPost() { return post; }
        public void setPost(String post) { this.post = post; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    /** One organ as edited. */
    public static class OrganForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final OrganDetail original;
        private String name;
        private LocalDate establishedOn;
        private String basis;
        private String hostDepartment;
        private String duties;
        private Integer staffCount;
        private final List<MemberForm> members = new ArrayList<>();

        OrganForm(OrganDetail organ) {
            original = organ;
            name = organ.name();
            establishedOn = organ.establishedOn();
            basis = organ.basis();
            hostDepartment = organ.hostDepartment();
            duties = organ.duties();
            staffCount = organ.staffCount();
            organ.members().forEach(m -> members.add(new MemberForm(m)));
        }

        OrganData data() {
            return new OrganData(name, establishedOn, basis, hostDepartment, duties, staffCount,
                    members.stream().map(MemberForm::data).toList());
        }

        public OrganDetail getOriginal() { return original; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public LocalDate getEstablishedOn() { return establishedOn; }
        public void setEstablishedOn(LocalDate establishedOn) { this.establishedOn = establishedOn; }
        public String getBasis() { return basis; }
        public void setBasis(String basis) { this.basis = basis; }
        public String getHostDepartment() { return hostDepartment; }
        public void setHostDepartment(String hostDepartment) { this.hostDepartment = hostDepartment; }
        public String getDuties() { return duties; }
        public void setDuties(String duties) { this.duties = duties; }
        public Integer getStaffCount() { return staffCount; }
        public void setStaffCount(Integer staffCount) { this.staffCount = staffCount; }
        public List<MemberForm> getMembers() { return members; }
    }

    public void load() {
        if (enterprise == null || enterprise.isBlank()) {
            enterprise = shell.getHomeCode();
        }
        read();
    }

    private void read() {
        report = organs.report(enterprise);
        forms = report.organs().stream().map(OrganForm::new).toList();
    }

    /** Shows the enterprise chosen with the picker. */
    public void show() {
        if (chosen != null) {
            enterprise = chosen.key();
            chosen = null;
        }
        read();
    }

    public void save(OrganForm form) {
        OrganKind kind = form.getOriginal().kind();
        report = organs.save(enterprise, kind, form.getOriginal().version(), form.data());
        forms = report.organs().stream().map(OrganForm::new).toList();
        Pages.info("organ.saved", Pages.text(kind.bundleKey()));
    }

    public void addMember(OrganForm form) {
        form.getMembers().add(new MemberForm(form.getOriginal().kind() == OrganKind.LEADING_GROUP
                ? OrganPosition.MEMBER : OrganPosition.STAFF));
    }

    public void removeMember(OrganForm form, MemberForm member) {
        form.getMembers().remove(member);
    }

    public boolean isEditable() {
        return shell.has("OFFICE") || shell.has("ADMIN");
    }

    public OrganPosition[] getPositions() {
        return OrganPosition.values();
    }

    public String documentUrl(String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/organisation-report/report." + format + "?enterprise=" + URLEncoder.encode(enterprise, StandardCharsets.UTF_8);
    }

    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String enterprise) { this.enterprise = enterprise; }
    public Pick getChosen() { return chosen; }
    public void setChosen(Pick chosen) { this.chosen = chosen; }
    public OrganReport getReport() { return report; }
    public List<OrganForm> getForms() { return forms; }
}
