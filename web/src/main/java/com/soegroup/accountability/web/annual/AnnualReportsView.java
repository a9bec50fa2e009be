package com.soegroup.accountability.web.annual;

import com.soegroup.accountability.annual.AnnualReportService;
import com.soegroup.accountability.annual.AnnualSummary;
import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * 年度报告 (annual/reports.xhtml): the annual reports of the caller's scope with their state and, for drafts, the day
 * they are due (late in red with the working days); OFFICE starts the report of a year for an enterprise.
 */
@Named
@ViewScoped
public class AnnualReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AnnualReportService reports;

    @EJB
    private EnterpriseService enterprises;

    private transient List<AnnualSummary> rows;
    private transient List<EnterpriseSummary> enterpriseOptions;
    private Integer year;
    private String enterprise;

    public void load() {
        rows = reports.list(null);
        if (year == null) {
            year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        }
    }

    /** Starts the report and opens it. */
    public String create() {
        AnnualSummary created = reports.create(year, enterprise);
        Pages.info("annual.created", created.reportNo());
        return "/annual/report?faces-redirect=true&no=" + created.reportNo();
    }

    public List<AnnualSummary> getRows() {
        if (rows == null) {
            rows = Pages.readWhileWriting(() -> reports.list(null), List.of());
        }
        return rows;
    }

    public List<EnterpriseSummary> getEnterpriseOptions() {
        if (enterpriseOptions == null) {
            enterpriseOptions = enterprises.tree();
        }
        return enterpriseOptions;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String enterprise) { this.enterprise = enterprise; }
}
