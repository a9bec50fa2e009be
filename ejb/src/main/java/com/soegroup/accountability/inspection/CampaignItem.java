package com.soegroup.accountability.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One item of a campaign's checklist, fixed at launch: a circumstance of the catalogue (its code) or a free item. */
@Entity
@Table(name = "campaign_item")
public class CampaignItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", updatable = false)
    private Campaign campaign;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(updatable = false)
    private String circumstance;

    @Column(nullable = false, updatable = false)
    private String text;

    @Version
    private int version;

    protected CampaignItem() {
    }

    CampaignItem(Campaign campaign, int position, String circumstance, String text) {
        this.campaign = campaign;
        this.position = position;
        this.circumstance = circumstance;
        this.text = text;
    }

    public Long id() { return id; }
    public Campaign campaign() { return campaign; }
    public int position() { return position; }
    public String circumstance() { return circumstance; }
    public String text() { return text; }
}
