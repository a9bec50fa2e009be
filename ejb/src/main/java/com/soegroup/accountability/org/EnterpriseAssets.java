package com.soegroup.accountability.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** An enterprise's total and net assets at the end of one year (年末资产总额, 净资产), with where the figure came from. */
@Entity
@Table(name = "enterprise_assets")
public class EnterpriseAssets {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_assets_seq")
    @SequenceGenerator(name = "enterprise_assets_seq", sequenceName = "enterprise_assets_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(nullable = false)
    private int year;

    @Column(name = "total_assets", nullable = false, precision = 18, scale = 2)
    private BigDecimal totalAssets;

    @Column(name = "net_assets", precision = 18, scale = 2)
    private BigDecimal netAssets;

    private String source;

    @Column(name = "entered_on", nullable = false)
    private LocalDate enteredOn;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Version
    private int version;

    protected EnterpriseAssets() {
    }

    EnterpriseAssets(Enterprise enterprise, int year) {
        this.enterprise = enterprise;
        this.year = year;
    }

    boolean same(AssetsData data) {
        return totalAssets != null && totalAssets.compareTo(data.totalAssets()) == 0
                && (netAssets == null ? data.netAssets() == null
                : data.netAssets() != null && netAssets.compareTo(data.netAssets()) == 0)
                && Objects.equals(source, data.source()) && Objects.equals(enteredOn, data.enteredOn());
    }

    void apply(AssetsData data, String userId) {
        this.totalAssets = data.totalAssets();
        this.netAssets = data.netAssets();
        this.source = data.source();
        this.enteredOn = data.enteredOn();
        this.enteredBy = userId;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public int year() {
        return year;
    }

    public BigDecimal totalAssets() {
        return totalAssets;
    }

    public BigDecimal netAssets() {
        return netAssets;
    }

    public String source() {
        return source;
    }

    public LocalDate enteredOn() {
        return enteredOn;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public int version() {
        return version;
    }
}
