package com.soegroup.accountability.web.org;

import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.org.PersonDetail;
import com.soegroup.accountability.org.PersonInput;
import com.soegroup.accountability.org.PersonPage;
import com.soegroup.accountability.org.PersonService;
import com.soegroup.accountability.org.PersonStatus;
import com.soegroup.accountability.org.PersonSummary;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The people page (org/people.xhtml): a lazy list of the people of the user's scope with filters, one person's
 * details with the pay by year for the roles that may see it, and ADMIN's and HR's edit.
 */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Clock clock;

    @EJB
    private PersonService people;

    @EJB
    private EnterpriseService enterprises;

    // the scope's enterprise tree (hundreds of lines): read again where the session is, not carried with it
    private transient List<EnterpriseSummary> enterpriseChoices;
    private String text;
    private String enterprise;
    private boolean subsidiaries = true;
    private PersonStatus status;
    private PersonSummary selected;
    private PersonDetail detail;
    private Edit edit;
    /** The employee number the page was opened for (?no=, a search result's link), or null. */
    private String no;

    // The table reads its rows while the page is written, too late for the exception handler to keep the page:
    // a refusal is shown here and the table stays empty.
    private final LazyDataModel<PersonSummary> list = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) people.count(text, enterprise, subsidiaries, status);
            } catch (AccountabilityException e) {
                return 0; // load, called next, shows the refusal once
            }
        }

        @Override
        public List<PersonSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            PersonPage page = page(first, pageSize);
            setRowCount((int) page.total());
            return page.people();
        }

        @Override
        public String getRowKey(PersonSummary person) {
            return person.employeeNo();
        }

        @Override
        public PersonSummary getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : getWrappedData().stream().filter(p -> p.employeeNo().equals(rowKey)).findFirst().orElse(null);
        }
    };

    private PersonPage page(int first, int size) {
        return Pages.readWhileWriting(() -> people.search(text, enterprise, subsidiaries, status, first, size),
                new PersonPage(0, List.of()));
    }

    /** The view action: opened for a person (?no=), the list shows them and their details are open beside it. */
    public void open() {
        if (no == null || no.isBlank()) {
            return;
        }
        text = no.strip();
        detail = people.detail(text);
        selected = detail.person();
    }

    public String getNo() {
        return no;
    }

    public void setNo(String no) {
        this.no = no;
    }

    public void onSelect() {
        if (selected == null) {
            detail = null;
            return;
        }
        // a person the service refuses shows no details, only the refusal
        detail = null;
        detail = people.detail(selected.employeeNo());
        edit = null;
    }

    public void startEdit() {
        if (detail != null) {
            PersonSummary p = detail.person();
            edit = new Edit(p.name(), p.enterpriseCode(), p.department(), p.post(), p.postLevel(), p.enterpriseHead(),
                    p.leadershipMember(), p.status(), p.statusDate(), detail.ldapUserId(), p.version());
        }
    }

    /** Saves with the version read: if someone saved in between, the service refuses and the page says so. */
    public void save() {
        if (edit == null || detail == null) {
            return;
        }
        // refused, the form stays open with what was typed
        detail = people.update(detail.person().employeeNo(), edit.version, new PersonInput(edit.name, edit.enterprise,
                edit.department, edit.post, edit.postLevel, edit.enterpriseHead, edit.leadershipMember, edit.status,
                edit.statusDate, edit.ldapUserId, edit.idNumber));
        edit = null;
        Pages.info("people.saved", detail.person().name());
    }

    public void cancelEdit() {
        edit = null;
    }

    /** Called before the list is exported to Excel: an export of people is recorded in the audit trail. */
    public void exported() {
        people.recordExport(text, enterprise, status);
    }

    public LazyDataModel<PersonSummary> getList() {
        return list;
    }

    public List<EnterpriseSummary> getEnterpriseChoices() {
        if (enterpriseChoices == null) {
            enterpriseChoices = enterprises.tree();
        }
        return enterpriseChoices;
    }

    public List<PersonStatus> getStatuses() {
        return List.of(PersonStatus.values());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public boolean isSubsidiaries() {
        return subsidiaries;
    }

    public void setSubsidiaries(boolean subsidiaries) {
        this.subsidiaries = subsidiaries;
    }

    public PersonStatus getStatus() {
        return status;
    }

    public void setStatus(PersonStatus status) {
        this.status = status;
    }

    public PersonSummary getSelected() {
        return selected;
    }

    public void setSelected(PersonSummary selected) {
        this.selected = selected;
    }

    public PersonDetail getDetail() {
        return detail;
    }

    public Edit getEdit() {
        return edit;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    /** The edit form's fields (a bean, for the form's value expressions). */
    public static final class Edit implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String enterprise;
        private String department;
        private String post;
        private String postLevel;
        private boolean enterpriseHead;
        private boolean leadershipMember;
        private PersonStatus status;
        private LocalDate statusDate;
        private String ldapUserId;
        private String idNumber;
        private final int version;

        Edit(String name, String enterprise, String department, String post, String postLevel, boolean enterpriseHead,
             boolean leadershipMember, PersonStatus status, LocalDate statusDate, String ldapUserId, int version) {
            this.name = name;
            this.enterprise = enterprise;
            this.department = department;
            this.post = post;
            this.postLevel = postLevel;
            this.enterpriseHead = enterpriseHead;
            this.leadershipMember = leadershipMember;
            this.status = status;
            this.statusDate = statusDate;
            this.ldapUserId = ldapUserId;
            this.version = version;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEnterprise() {
            return enterprise;
        }

        public void setEnterprise(String enterprise) {
            this.enterprise = enterprise;
        }

        public String getDepartment() {
            return department;
        }

        public void setDepartment(String department) {
            this.department = department;
        }

        public String getPost() {
            return post;
        }

        public void setPost(String post) {
            this.post = post;
        }

        public String getPostLevel() {
            return postLevel;
        }

        public void setPostLevel(String postLevel) {
            this.postLevel = postLevel;
        }

        public boolean isEnterpriseHead() {
            return enterpriseHead;
        }

        public void setEnterpriseHead(boolean enterpriseHead) {
            this.enterpriseHead = enterpriseHead;
        }

        public boolean isLeadershipMember() {
            return leadershipMember;
        }

        public void setLeadershipMember(boolean leadershipMember) {
            this.leadershipMember = leadershipMember;
        }

        public PersonStatus getStatus() {
            return status;
        }

        public void setStatus(PersonStatus status) {
            this.status = status;
        }

        public LocalDate getStatusDate() {
            return statusDate;
        }

        public void setStatusDate(LocalDate statusDate) {
            this.statusDate = statusDate;
        }

        public String getLdapUserId() {
            return ldapUserId;
        }

        public void setLdapUserId(String ldapUserId) {
            this.ldapUserId = ldapUserId;
        }

        public String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(String idNumber) {
            this.idNumber = idNumber;
        }
    }
}
