package com.soegroup.accountability.loss;

import com.soegroup.accountability.rule.level.LossLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The loss level determined for an investigation: what later areas (decisions, incident reports, statistics)
 * read. One row per investigation, stored again by every write of the loss (an item added, the basis set).
 */
@Entity
@Table(name = "loss_determination")
public class LossDetermination {

    @Id
    @Column(name = "investigation_id")
    private Long investigationId;

    @Column(name = "determination_date", nullable = false)
    private LocalDate determinationDate;

    @Column(name = "rule_set_requested")
    private String ruleSetRequested;

    @Column(name = "rule_set_used")
    private String ruleSetUsed;

    @Column(name = "counted_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal countedAmount;

    @Column(name = "prior_year_end_assets", precision = 18, scale = 2)
    private BigDecimal priorYearEndAssets;

    @Enumerated(EnumType.STRING)
    private LossLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "by_amount")
    private LossLevel byAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "by_share")
    private LossLevel byShare;

    @Column(name = "assets_missing", nullable = false)
    private boolean assetsMissing;

    private String articles;

    @Column(name = "incident_report_since")
    private LocalDate incidentReportSince;

    @Column(name = "determined_at", nullable = false)
    private Instant determinedAt;

    @Version
    private int version;

    protected LossDetermination() {
    }

    LossDetermination(Long investigationId, LocalDate determinationDate, String ruleSetRequested, Instant at) {
        this.investigationId = investigationId;
        this.determinedAt = at;
        this.determinationDate = determinationDate;
        this.ruleSetRequested = ruleSetRequested;
        this.countedAmount = BigDecimal.ZERO.setScale(2);
    }

    void basis(LocalDate date, String ruleSet) {
        this.determinationDate = date;
        this.ruleSetRequested = ruleSet;
    }

    void result(BigDecimal counted, BigDecimal assets, LossLevel level, LossLevel byAmount, LossLevel byShare,
                boolean assetsMissing, String ruleSetUsed, String articles, Instant at, LocalDate today) {
        this.countedAmount = counted;
        this.priorYearEndAssets = assets;
        this.level = level;
        this.byAmount = byAmount;
        this.byShare = byShare;
        this.assetsMissing = assetsMissing;
        this.ruleSetUsed = ruleSetUsed;
        this.articles = articles;
        this.determinedAt = at;
        this.incidentReportSince = incidentReportSince(incidentReportSince, level, today);
    }

    /** A one-event-one-report is due from the day the level first reached LARGER or MAJOR, and stays due. */
    static LocalDate incidentReportSince(LocalDate since, LossLevel level, LocalDate today) {
        return since == null && level != null && level != LossLevel.GENERAL ? today : since;
    }

    public Long investigationId() { return investigationId; }
    public LocalDate determinationDate() { return determinationDate; }
    public String ruleSetRequested() { return ruleSetRequested; }
    public String ruleSetUsed() { return ruleSetUsed; }
    public BigDecimal countedAmount() { return countedAmount; }
    public BigDecimal priorYearEndAssets() { return priorYearEndAssets; }
    public LossLevel level() { return level; }
    public LossLevel byAmount() { return byAmount; }
    public LossLevel byShare() { return byShare; }
    public boolean assetsMissing() { return assetsMissing; }
    public String articles() { return articles; }
    public LocalDate incidentReportSince() { return incidentReportSince; }
    public Instant determinedAt() { return determinedAt; }
    public int version() { return version; }
}
