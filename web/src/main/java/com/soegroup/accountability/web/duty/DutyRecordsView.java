package com.soegroup.accountability.web.duty;

import com.soegroup.accountability.duty.DutyImportResult;
import com.soegroup.accountability.duty.DutyImportService;
import com.soegroup.accountability.duty.DutyRecordFilter;
import com.soegroup.accountability.duty.DutyRecordPage;
import com.soegroup.accountability.duty.DutyRecordService;
import com.soegroup.accountability.duty.DutyRecordSummary;
import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.web.org.Pick;
import com.soegroup.accountability.web.shell.Names;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 重大决策履职记录 (duty/records.xhtml[?person=…]): the records in force of the scope, the latest meeting first,
 * filtered by enterprise subtree and year; with a person picked (or {@code ?person=} an employee number) that
 * person's whole decision history across years and enterprises (终身追责), who presided and who dissented.
 */
@Named
@ViewScoped
public class DutyRecordsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DutyRecordService records;

    @EJB
    private EnterpriseService enterprises;

    @EJB
    private DutyImportService imports;

    @Inject
    private Names names;

    // the scope's enterprise tree (hundreds of lines): read again where the session is, not carried with it
    private transient List<EnterpriseSummary> enterpriseOptions;
    private String enterprise;
    private Integer year;
    private Pick person;
    private String personParam;
    private DutyRecordFilter applied = DutyRecordFilter.ALL;
    /** The wrong cells of the last import, as sentences naming row and column. */
    private List<String> importErrors = List.of();

    // The table reads its rows while the page is written: a refusal is shown here and the table stays empty.
    private final LazyDataModel<DutyRecordSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0;
        }

        @Override
        public List<DutyRecordSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            DutyRecordPage page = Pages.readWhileWriting(() -> records.page(applied, first, pageSize), null);
            setRowCount(page == null ? 0 : (int) Math.min(Integer.MAX_VALUE, page.total()));
            return page == null ? List.of() : page.records();
        }

        @Override
        public String getRowKey(DutyRecordSummary r) {
            return r.recordNo();
        }

        @Override
        public DutyRecordSummary getRowData(String rowKey) {
            return null;
        }
    };

    /** A person's history from the address (a link from a person or a finding). */
    public void load() {
        if (personParam != null && !personParam.isBlank() && person == null) {
            person = new Pick(personParam.strip(), names.employee(personParam.strip()), null);
            applied = new DutyRecordFilter(null, null, personParam.strip());
        }
    }

    public void search() {
        applied = new DutyRecordFilter(enterprise == null || enterprise.isBlank() ? null : enterprise, year,
                person == null ? null : person.key());
    }

    public void reset() {
        enterprise = null;
        year = null;
        person = null;
        applied = DutyRecordFilter.ALL;
    }

    /** Imports a file of records kept elsewhere: all as drafts, or nothing and every wrong cell listed. */
    public void upload(FileUploadEvent event) {
        importErrors = List.of();
        DutyImportResult result = imports.importFile(event.getFile().getContent());
        if (result.saved()) {
            Pages.info("duty.import.saved", result.recordNos().size());
        } else {
            importErrors = result.errors().stream().map(e -> Pages.text("duty.import.rowError", e.row(),
                    e.column() == null ? "" : e.column(), Pages.text(e.messageKey(), e.arguments().toArray()))).toList();
            Pages.error("duty.import.rejected", importErrors.size());
        }
    }

    public StreamedContent getTemplate() {
        byte[] content = imports.template();
        return DefaultStreamedContent.builder().name("duty-records.csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    public List<String> getImportErrors() { return importErrors; }

    /** The employee number of the person whose history is shown (the page names them), null for everybody's. */
    public String getPersonShown() {
        return applied.employeeNo();
    }

    public LazyDataModel<DutyRecordSummary> getModel() { return model; }

    public List<EnterpriseSummary> getEnterpriseOptions() {
        if (enterpriseOptions == null) {
            enterpriseOptions = enterprises.tree();
        }
        return enterpriseOptions;
    }

    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String v) { this.enterprise = v; }
    public Integer getYear() { return year; }
    public void setYear(Integer v) { this.year = v; }
    public Pick getPerson() { return person; }
    public void setPerson(Pick v) { this.person = v; }
    public String getPersonParam() { return personParam; }
    public void setPersonParam(String v) { this.personParam = v; }
}
