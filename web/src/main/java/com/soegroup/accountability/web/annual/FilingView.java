package com.soegroup.accountability.web.annual;

import com.soegroup.accountability.annual.AnnualFilingService;
import com.soegroup.accountability.annual.Filing;
import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * 定期报送 (annual/filing.xhtml): the quarterly or half-year filing of an enterprise subtree on screen and as the
 * fixed-layout workbook. {@code period} is Q1–Q4 or H1–H2.
 */
@Named
@ViewScoped
public class FilingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private AnnualFilingService filings;

    @EJB
    private EnterpriseService enterprises;

    private transient List<EnterpriseSummary> enterpriseOptions;
    private Filing filing;
    private Integer year;
    private String period;
    private String enterprise;

    public void load() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        if (year == null) {
            // the last quarter that has ended (the filing is made after it)
            LocalDate last = today.minusMonths(3);
            year = last.getYear();
            period = "Q" + ((last.getMonthValue() - 1) / 3 + 1);
        }
        show();
    }

    public void show() {
        filing = filings.filing(year, quarter(), half(), enterprise);
    }

    private Integer quarter() {
        return period != null && period.startsWith("Q") ? Integer.valueOf(period.substring(1)) : null;
    }

    private Integer half() {
        return period != null && period.startsWith("H") ? Integer.valueOf(period.substring(1)) : null;
    }

    public StreamedContent getXlsx() {
        Filing f = filings.filing(year, quarter(), half(), enterprise);
        byte[] bytes = FilingWorkbook.write(f, key -> Pages.text(key));
        return DefaultStreamedContent.builder().name(FilingWorkbook.fileName(f)).contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String getTitleLine() {
        return filing == null ? "" : FilingWorkbook.titleLine(filing, key -> Pages.text(key));
    }

    public List<String> getPeriods() {
        return List.of("Q1", "Q2", "Q3", "Q4", "H1", "H2");
    }

    public String periodName(String p) {
        return p.startsWith("Q") ? Pages.text("filing.period.quarter", p.substring(1)) : Pages.text("filing.period.half" + p.substring(1));
    }

    public List<EnterpriseSummary> getEnterpriseOptions() {
        if (enterpriseOptions == null) {
            enterpriseOptions = enterprises.tree();
        }
        return enterpriseOptions;
    }

    public Filing getFiling() { return filing; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String enterprise) { this.enterprise = enterprise; }
}
