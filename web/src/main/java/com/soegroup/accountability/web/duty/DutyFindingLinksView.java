package com.soegroup.accountability.web.duty;

import com.soegroup.accountability.duty.DutyFindingLinkService;
import com.soegroup.accountability.duty.LinkedDutyRecord;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 关联履职记录 on the case page (WEB-INF/includes/duty-links.xhtml, included beside the findings): per subject with a
 * finding, the duty records linked as the evidence of an M§24 circumstance and those the subject took part in, with
 * who presided and who voted against; the team links one. The duty area owns it: the investigation page only
 * includes it.
 */
@Named
@ViewScoped
public class DutyFindingLinksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DutyFindingLinkService links;

    // read again where the session is: a case has a handful of subjects, each a few records
    private transient Map<String, List<LinkedDutyRecord>> bySubject;

    /** The subject's records, read once per request cycle of the view. */
    public List<LinkedDutyRecord> records(String caseNo, String employeeNo) {
        if (bySubject == null) {
            bySubject = new HashMap<>();
        }
        return bySubject.computeIfAbsent(employeeNo,
                e -> Pages.readWhileWriting(() -> links.records(caseNo, e), List.of()));
    }

    public void link(String caseNo, String employeeNo, String recordNo) {
        bySubject = null;
        links.link(caseNo, employeeNo, recordNo);
        Pages.info("duty.link.done", recordNo);
    }
}
