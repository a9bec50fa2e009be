package com.soegroup.accountability.web.clue;

import com.soegroup.accountability.clue.ClueExport;
import com.soegroup.accountability.clue.ClueExportTexts;
import com.soegroup.accountability.clue.ClueFilter;
import com.soegroup.accountability.clue.ClueLedgerService;
import com.soegroup.accountability.clue.CluePage;
import com.soegroup.accountability.clue.ClueSort;
import com.soegroup.accountability.clue.ClueSource;
import com.soegroup.accountability.clue.ClueStatus;
import com.soegroup.accountability.clue.ClueSummary;
import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.set.CircumstanceArea;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * 问题线索台账 (clue/ledger.xhtml): the ledger as a lazy table over the database, one page at a time, with the
 * filters above it; exports take the filter fields as they are on screen when the export button is pressed.
 */
@Named
@ViewScoped
public class ClueLedgerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClueLedgerService clues;

    @EJB
    private EnterpriseService enterprises;

    @EJB
    private ClueExport exports;

    // the scope's enterprise tree (hundreds of lines): read again where the session is, not carried with it
    private transient List<EnterpriseSummary> enterpriseOptions;
    private String enterprise;
    private boolean subsidiaries = true;
    private List<String> statuses = new ArrayList<>();
    private List<String> sources = new ArrayList<>();
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private String supervised = "";
    private boolean overdueOnly;
    private String level;
    private String area;
    private String text;
    private ClueFilter applied = ClueFilter.ALL;
    private ClueSort sort = ClueSort.DEFAULT;

    // The table reads its rows while the page is written, too late for the exception handler to keep the page:
    // a refusal is shown here and the table stays empty.
    private final LazyDataModel<ClueSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, Pages.readWhileWriting(() -> clues.count(applied), 0L));
        }

        @Override
        public List<ClueSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            sort = sortOf(sortBy);
            CluePage page = Pages.readWhileWriting(() -> clues.search(applied, sort, first, pageSize), null);
            if (page == null) {
                return List.of();
            }
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(ClueSummary clue) {
            return clue.ledgerNo();
        }

        @Override
        public ClueSummary getRowData(String rowKey) {
            return null;
        }
    };

    /**
     * The filters named in the address (the statistics' figures link here: {@code enterprise}, {@code from},
     * {@code to}, {@code source}, {@code status}, {@code level}, {@code area}), applied at once; a value the ledger does not know
     * is said and left out, never guessed.
     */
    public void applyAddress() {
        Map<String, String> address = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (FacesContext.getCurrentInstance().isPostback() || address.isEmpty()) {
            return;
        }
        try {
            String code = address.get("enterprise");
            enterprise = code == null || code.isBlank() ? null : code.strip();
            receivedFrom = address.get("from") == null ? null : LocalDate.parse(address.get("from"));
            receivedTo = address.get("to") == null ? null : LocalDate.parse(address.get("to"));
            if (address.get("source") != null) {
                sources = new ArrayList<>(List.of(ClueSource.valueOf(address.get("source")).name()));
            }
            if (address.get("status") != null) {
                statuses = new ArrayList<>(List.of(ClueStatus.valueOf(address.get("status")).name()));
            }
            level = address.get("level") == null ? null : LossLevel.valueOf(address.get("level")).name();
            area = address.get("area") == null ? null : CircumstanceArea.valueOf(address.get("area")).name();
        } catch (DateTimeParseException | IllegalArgumentException e) {
            reset();
            Pages.error("clue.filter.addressInvalid");
        }
        applied = filter();
    }

    /** Takes the filter fields as the table's filter; the table then reloads its first page. */
    public void search() {
        applied = filter();
    }

    public void reset() {
        enterprise = null;
        subsidiaries = true;
        statuses = new ArrayList<>();
        sources = new ArrayList<>();
        receivedFrom = null;
        receivedTo = null;
        supervised = "";
        overdueOnly = false;
        level = null;
        area = null;
        text = null;
        applied = ClueFilter.ALL;
    }

    ClueFilter filter() {
        // select menus post codes as text (a List's element type is erased): the enums are made here
        EnumSet<ClueStatus> s = EnumSet.noneOf(ClueStatus.class);
        statuses.forEach(code -> s.add(ClueStatus.valueOf(code)));
        EnumSet<ClueSource> o = EnumSet.noneOf(ClueSource.class);
        sources.forEach(code -> o.add(ClueSource.valueOf(code)));
        return new ClueFilter(enterprise, subsidiaries, s, o, receivedFrom, receivedTo,
                supervised == null || supervised.isEmpty() ? null : Boolean.valueOf(supervised), overdueOnly,
                level == null || level.isEmpty() ? null : LossLevel.valueOf(level), text,
                area == null || area.isEmpty() ? null : CircumstanceArea.valueOf(area));
    }

    /** The ledger as filtered on the page, as an Excel workbook (streamed while it is written). */
    public StreamedContent getXlsx() {
        return download(false);
    }

    public StreamedContent getPdf() {
        return download(true);
    }

    private StreamedContent download(boolean pdf) {
        // the fields as they are on screen, whether or not 查询 was pressed after changing them: people export
        // what they see in the filter line, and the table shows the same once it reloads
        ClueFilter filter = filter();
        applied = filter;
        ClueSort order = sort;
        Map<String, String> texts = ClueExportTexts.of(key -> Pages.text(key));
        exports.check(filter, pdf);
        ClueExport exporter = exports;
        return DefaultStreamedContent.builder()
                .name(Pages.text("clue.export.title") + "-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + (pdf ? ".pdf" : ".xlsx"))
                .contentType(pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(out -> {
                    if (pdf) {
                        exporter.pdf(filter, order, texts, out);
                    } else {
                        exporter.xlsx(filter, order, texts, out);
                    }
                })
                .build();
    }

    /** The applied filter and sort, for the export links of the page. */
    public ClueFilter getApplied() { return applied; }
    public ClueSort getSort() { return sort; }

    static ClueSort sortOf(Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return ClueSort.DEFAULT;
        }
        SortMeta meta = sortBy.values().iterator().next();
        ClueSort.Column column = switch (meta.getField() == null ? "" : meta.getField()) {
            case "ledgerNo" -> ClueSort.Column.LEDGER_NO;
            case "enterprise" -> ClueSort.Column.ENTERPRISE;
            case "source" -> ClueSort.Column.SOURCE;
            case "status" -> ClueSort.Column.STATUS;
            case "possibleLoss" -> ClueSort.Column.POSSIBLE_LOSS;
            case "supervisionDeadline" -> ClueSort.Column.SUPERVISION_DEADLINE;
            default -> ClueSort.Column.RECEIVED_ON;
        };
        return new ClueSort(column, meta.getOrder() != null && meta.getOrder().isAscending());
    }

    public LazyDataModel<ClueSummary> getModel() { return model; }
    public List<EnterpriseSummary> getEnterpriseOptions() {
        if (enterpriseOptions == null) {
            enterpriseOptions = enterprises.tree();
        }
        return enterpriseOptions;
    }

    public ClueStatus[] getStatusOptions() { return ClueStatus.values(); }
    public ClueSource[] getSourceOptions() { return ClueSource.values(); }
    public LossLevel[] getLevelOptions() { return LossLevel.values(); }
    public CircumstanceArea[] getAreaOptions() { return CircumstanceArea.values(); }

    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String enterprise) { this.enterprise = enterprise; }
    public boolean isSubsidiaries() { return subsidiaries; }
    public void setSubsidiaries(boolean subsidiaries) { this.subsidiaries = subsidiaries; }
    public List<String> getStatuses() { return statuses; }
    public void setStatuses(List<String> statuses) { this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses); }
    public List<String> getSources() { return sources; }
    public void setSources(List<String> sources) { this.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources); }
    public LocalDate getReceivedFrom() { return receivedFrom; }
    public void setReceivedFrom(LocalDate receivedFrom) { this.receivedFrom = receivedFrom; }
    public LocalDate getReceivedTo() { return receivedTo; }
    public void setReceivedTo(LocalDate receivedTo) { this.receivedTo = receivedTo; }
    public String getSupervised() { return supervised; }
    public void setSupervised(String supervised) { this.supervised = supervised; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
