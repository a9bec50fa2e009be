package com.soegroup.accountability.web.inspection;

import com.soegroup.accountability.inspection.CampaignService;
import com.soegroup.accountability.inspection.CampaignSummary;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** 自查专项行动 (inspection/campaigns.xhtml): the campaigns the caller sees with their progress, running first. */
@Named
@ViewScoped
public class InspectionCampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @EJB
    private CampaignService campaigns;

    // read again where the session is, not carried with it
    private transient List<CampaignSummary> items;

    public List<CampaignSummary> getItems() {
        if (items == null) {
            items = Pages.readWhileWriting(() -> campaigns.list(null, 0, SHOWN).items(), List.of());
        }
        return items;
    }
}
