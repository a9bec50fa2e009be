package com.soegroup.accountability.web.investigation;

import com.soegroup.accountability.report.InvestigationReportService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The report panel of a case's page (investigation/investigation.xhtml): the proposed handling and the
 * rectification proposals the drafters write into the report. The case itself is loaded by
 * {@link InvestigationView}, which also reports a case that cannot be read; this panel then stays hidden.
 */
@Named
@ViewScoped
public class ReportTextView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient InvestigationReportService reports;

    private String no;
    private InvestigationReportService.Text text;
    private String proposedHandling;
    private String rectification;

    public void load() {
        try {
            text = reports.text(no);
            proposedHandling = text.proposedHandling();
            rectification = text.rectification();
        } catch (AccountabilityException e) {
            text = null;
        }
    }

    public void save() {
        try {
            text = reports.writeText(no, proposedHandling, rectification, text == null ? null : text.version());
            Pages.info("report.text.saved", text.version() + 1);
        } catch (AccountabilityException e) {
            Pages.show(e);
        }
    }

    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public InvestigationReportService.Text getText() { return text; }
    public String getProposedHandling() { return proposedHandling; }
    public void setProposedHandling(String v) { proposedHandling = v; }
    public String getRectification() { return rectification; }
    public void setRectification(String v) { rectification = v; }
}
