package com.soegroup.accountability.web.recovery;

import com.soegroup.accountability.recovery.RecoveryMethod;
import com.soegroup.accountability.recovery.RecoveryTotals;
import com.soegroup.accountability.recovery.RecoveryTotalsService;
import com.soegroup.accountability.web.org.Pick;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * 追损统计 (recovery/totals.xhtml): the recovery totals of an enterprise subtree (default the caller's home
 * enterprise) in a year — determined, recovered by method, written off, outstanding — as the statistics read them.
 */
@Named
@ViewScoped
public class RecoveryTotalsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int YEARS = 6;

    @EJB
    private RecoveryTotalsService service;

    private Integer year;
    private Pick enterprise;
    private RecoveryTotals totals;

    public void load() {
        totals = null;
        totals = service.totals(year, enterprise == null ? null : enterprise.key());
        year = totals.year();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y > now - YEARS; y--) {
            years.add(y);
        }
        return years;
    }

    public List<RecoveryMethod> getMethods() { return List.of(RecoveryMethod.values()); }

    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public Pick getEnterprise() { return enterprise; }
    public void setEnterprise(Pick v) { enterprise = v; }
    public RecoveryTotals getTotals() { return totals; }
}
