package com.soegroup.accountability.inspection;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Entries about a campaign or one of its sheets (the campaign's number first) are read as the campaign would be:
 * by whoever sees one of its sheets.
 */
@ApplicationScoped
public class CampaignAuditedRecords implements AuditedRecords {

    private static final Numbered CAMPAIGNS = new Numbered(List.of(CampaignRepository.OBJECT_TYPE, CampaignRepository.SHEET),
            CampaignRepository.FROM, "c.campaignNo");

    @Override
    public String about() {
        return CAMPAIGNS.about();
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        return CAMPAIGNS.where(CampaignRepository.visible(scope));
    }
}
