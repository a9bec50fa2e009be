package com.soegroup.accountability.inspection;

import com.soegroup.accountability.shared.HistoryLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of a campaign's history; a sheet's step names the sheet (the table refuses changes). */
@Entity
@Immutable
@Table(name = "campaign_history")
public class CampaignHistory extends HistoryLine<CampaignHistory.Action, SheetStatus> {

    /** What happened; a sheet's state change carries from and to. */
    public enum Action { LAUNCHED, SAVED, SUBMITTED, ACCEPTED, RETURNED, BECAME_CLUE, CLOSED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", updatable = false)
    private Campaign campaign;

    @Column(name = "sheet_id", updatable = false)
    private Long sheetId;

    protected CampaignHistory() {
    }

    CampaignHistory(Campaign campaign, Long sheetId, Instant occurredAt, String userId, Action action,
                    SheetStatus from, SheetStatus to, String reason, String details) {
        super(occurredAt, userId, action, from, to, reason, details);
        this.campaign = campaign;
        this.sheetId = sheetId;
    }

    public Long sheetId() { return sheetId; }
}
