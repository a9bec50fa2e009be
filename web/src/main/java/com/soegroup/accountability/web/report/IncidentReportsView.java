package com.soegroup.accountability.web.report;

import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.report.IncidentKind;
import com.soegroup.accountability.report.IncidentReportService;
import com.soegroup.accountability.report.IncidentState;
import com.soegroup.accountability.report.IncidentSummary;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * 一事一报告登记簿 (report/incident/reports.xhtml): every one-event-one-report ever raised in the caller's scope, with
 * the stage under way, its deadline and, in red, the working days it is late; filtered by enterprise subtree, state,
 * stage and overdue.
 */
@Named
@ViewScoped
public class IncidentReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IncidentReportService reports;

    @EJB
    private EnterpriseService enterprises;

    // up to the register's maximum of rows: read again with the same filter on the node the session moved to
    private transient List<IncidentSummary> rows;
    private transient List<EnterpriseSummary> enterpriseOptions;
    private boolean listed;
    private String enterprise;
    private IncidentState state;
    private IncidentKind kind;
    private boolean overdueOnly;

    /** The page's first list, read by its view action: a refusal is then shown like any other. */
    public void load() {
        search();
    }

    public void search() {
        rows = reports.list(filter());
        listed = true;
    }

    public void reset() {
        enterprise = null;
        state = null;
        kind = null;
        overdueOnly = false;
        search();
    }

    private IncidentReportService.Filter filter() {
        return new IncidentReportService.Filter(enterprise, state, kind, overdueOnly);
    }

    public List<IncidentSummary> getRows() {
        if (rows == null && listed) {
            rows = Pages.readWhileWriting(() -> reports.list(filter()), List.of());
        }
        return rows == null ? List.of() : rows;
    }

    public List<EnterpriseSummary> getEnterpriseOptions() {
        if (enterpriseOptions == null) {
            enterpriseOptions = enterprises.tree();
        }
        return enterpriseOptions;
    }

    public List<IncidentState> getStates() { return List.of(IncidentState.values()); }
    public List<IncidentKind> getKinds() { return List.of(IncidentKind.values()); }
    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String enterprise) { this.enterprise = enterprise == null || enterprise.isBlank() ? null : enterprise; }
    public IncidentState getState() { return state; }
    public void setState(IncidentState state) { this.state = state; }
    public IncidentKind getKind() { return kind; }
    public void setKind(IncidentKind kind) { this.kind = kind; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
}
