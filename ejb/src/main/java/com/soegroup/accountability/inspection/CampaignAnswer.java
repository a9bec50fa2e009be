package com.soegroup.accountability.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** An enterprise's answer to one item: no problem, or a problem with its description and amount; its clue once raised. */
@Entity
@Table(name = "campaign_answer")
public class CampaignAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", updatable = false)
    private AnswerSheet sheet;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", updatable = false)
    private CampaignItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnswerResult result;

    private String description;

    private BigDecimal amount;

    @Column(name = "clue_ledger_no")
    private String clueLedgerNo;

    @Version
    private int version;

    protected CampaignAnswer() {
    }

    CampaignAnswer(AnswerSheet sheet, CampaignItem item) {
        this.sheet = sheet;
        this.item = item;
        this.result = AnswerResult.NO_PROBLEM;
    }

    void answer(AnswerResult result, String description, BigDecimal amount) {
        this.result = result;
        this.description = description;
        this.amount = amount;
    }

    void becameClue(String ledgerNo) {
        this.clueLedgerNo = ledgerNo;
    }

    public Long id() { return id; }
    public AnswerSheet sheet() { return sheet; }
    public CampaignItem item() { return item; }
    public AnswerResult result() { return result; }
    public String description() { return description; }
    public BigDecimal amount() { return amount; }
    public String clueLedgerNo() { return clueLedgerNo; }
}
