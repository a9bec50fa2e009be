package com.soegroup.accountability.inspection;

import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.clue.StoredFile;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An evidence file of an answer, checked like a clue's attachments: its type by content, its SHA-256, the bytes when asked. */
@Entity
@Table(name = "campaign_file")
public class CampaignFile extends StoredFile {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id", updatable = false)
    private CampaignAnswer answer;

    protected CampaignFile() {
    }

    CampaignFile(CampaignAnswer answer, Attachments.Checked file) {
        super(file);
        this.answer = answer;
    }

    public CampaignAnswer answer() { return answer; }
}
