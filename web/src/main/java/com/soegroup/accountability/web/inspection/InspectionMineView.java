package com.soegroup.accountability.web.inspection;

import com.soegroup.accountability.inspection.CampaignService;
import com.soegroup.accountability.inspection.SheetLine;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * 填报自查情况 (inspection/mine.xhtml): the liaison's answer sheets — those waiting for answers (open or sent back,
 * overdue in red) and those handed in; each opens the sheet where the answers are given.
 */
@Named
@ViewScoped
public class InspectionMineView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CampaignService campaigns;

    // read again where the session is, not carried with it
    private transient List<SheetLine> waiting;
    private transient List<SheetLine> handedIn;

    public List<SheetLine> getWaiting() {
        if (waiting == null) {
            waiting = Pages.readWhileWriting(() -> campaigns.sheets(true), List.of());
        }
        return waiting;
    }

    public List<SheetLine> getHandedIn() {
        if (handedIn == null) {
            handedIn = Pages.readWhileWriting(() -> campaigns.sheets(false), List.of());
        }
        return handedIn;
    }
}
