package com.soegroup.accountability.web.clue;

import com.soegroup.accountability.clue.ClueFilter;
import com.soegroup.accountability.clue.ClueLedgerService;
import com.soegroup.accountability.clue.ClueStatus;
import com.soegroup.accountability.clue.ReconciliationLine;
import com.soegroup.accountability.clue.ReconciliationPage;
import com.soegroup.accountability.clue.ReconciliationService;
import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * 对账销号 (clue/reconciliation.xhtml): every clue not closed, by handling unit, with what holds it open; the
 * clue's page closes it (with confirmation).
 */
@Named
@ViewScoped
public class ClueReconciliationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClueLedgerService ledger;

    @EJB
    private ReconciliationService reconciliations;

    @EJB
    private EnterpriseService enterprises;

    // the scope's enterprise tree (hundreds of lines): read again where the session is, not carried with it
    private transient List<EnterpriseSummary> enterpriseOptions;
    private String enterprise;
    private String applied;
    // read with every page of the table, which the page writes before the units
    private transient Map<String, Map<ClueStatus, Long>> openByUnit;

    // The table reads its rows while the page is written, too late for the exception handler to keep the page:
    // a refusal is shown here and the table stays empty.
    private final LazyDataModel<ReconciliationLine> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, ledger.count(new ClueFilter(applied, true,
                        EnumSet.complementOf(EnumSet.of(ClueStatus.CLOSED)), null, null, null, null, false,
                        null, null)));
            } catch (AccountabilityException e) {
                Pages.show(e);
                return 0;
            }
        }

        @Override
        public List<ReconciliationLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                ReconciliationPage page = reconciliations.reconciliation(applied, first, pageSize);
                setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
                openByUnit = page.openByUnit();
                return page.items();
            } catch (AccountabilityException e) {
                Pages.show(e);
                return List.of();
            }
        }

        @Override
        public String getRowKey(ReconciliationLine line) {
            return line.clue().ledgerNo();
        }

        @Override
        public ReconciliationLine getRowData(String rowKey) {
            return null;
        }
    };

    public void search() {
        applied = enterprise == null || enterprise.isBlank() ? null : enterprise;
    }

    public List<Map.Entry<String, Map<ClueStatus, Long>>> getUnits() {
        return openByUnit == null ? List.of() : List.copyOf(openByUnit.entrySet());
    }

    public long count(Map<ClueStatus, Long> counts, ClueStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public ClueStatus[] getOpenStatuses() {
        return Arrays.stream(ClueStatus.values()).filter(ClueStatus::isOpen).toArray(ClueStatus[]::new);
    }

    public LazyDataModel<ReconciliationLine> getModel() { return model; }
    public List<EnterpriseSummary> getEnterpriseOptions() {
        if (enterpriseOptions == null) {
            enterpriseOptions = enterprises.tree();
        }
        return enterpriseOptions;
    }

    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String enterprise) { this.enterprise = enterprise; }
    public String getApplied() { return applied; }
}
