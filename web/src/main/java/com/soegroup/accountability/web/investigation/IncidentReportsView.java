package com.soegroup.accountability.web.investigation;

import com.soegroup.accountability.loss.IncidentReportDue;
import com.soegroup.accountability.loss.LossService;
import jakarta.annotation.PostConstruct;
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

    private List<IncidentReportDue> due = List.of();

    @PostConstruct
    void init() {
        due = losses.incidentReportsDue();
    }

    public List<IncidentReportDue> getDue() {
        return due;
    }
}
