package com.soegroup.accountability.web.investigation;

import com.soegroup.accountability.loss.IncidentReportDue;
import com.soegroup.accountability.loss.LossService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The home page's list of cases needing a one-event-one-report (WEB-INF/includes/incident-reports.xhtml, included in
 * index.xhtml for OFFICE and LEADER).
 */
@Named
@ViewScoped
public class IncidentReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LossService losses;

    // open work grows with the caller's scope: read again where the session is, not carried with it
    private transient List<IncidentReportDue> due;

    public List<IncidentReportDue> getDue() {
        if (due == null) {
            due = losses.incidentReportsDue();
        }
        return due;
    }
}
