package com.soegroup.accountability.web.rectification;

import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.rectification.RectificationExport;
import com.soegroup.accountability.rectification.RectificationExportTexts;
import com.soegroup.accountability.rectification.RectificationFilter;
import com.soegroup.accountability.rectification.RectificationPage;
import com.soegroup.accountability.rectification.RectificationService;
import com.soegroup.accountability.rectification.RectificationSource;
import com.soegroup.accountability.rectification.RectificationStatus;
import com.soegroup.accountability.rectification.RectificationSummary;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 整改台账 (rectification/board.xhtml): the office's board of tasks as a lazy table, open ones first by deadline,
 * overdue in red with the working days late; filters by enterprise subtree, status, source and overdue; export to
 * Excel with the filter as shown.
 */
@Named
@ViewScoped
public class RectificationBoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RectificationService rectifications;

    @EJB
    private RectificationExport exports;

    @EJB
    private EnterpriseService enterprises;

    // the scope's enterprise tree (hundreds of lines): read again where the session is, not carried with it
    private transient List<EnterpriseSummary> enterpriseOptions;
    private String enterprise;
    private boolean subsidiaries = true;
    private List<String> statuses = new ArrayList<>();
    private List<String> sources = new ArrayList<>();
    private boolean overdueOnly;
    private String text;
    private RectificationFilter applied = RectificationFilter.ALL;

    // The table reads its rows while the page is written, too late for the exception handler to keep the page:
    // a refusal is shown here and the table stays empty.
    private final LazyDataModel<RectificationSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0;
        }

        @Override
        public List<RectificationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            RectificationPage page = Pages.readWhileWriting(() -> rectifications.list(applied, first, pageSize), null);
            setRowCount(page == null ? 0 : (int) Math.min(Integer.MAX_VALUE, page.total()));
            return page == null ? List.of() : page.items();
        }

        @Override
        public String getRowKey(RectificationSummary r) {
            return r.rectificationNo();
        }

        @Override
        public RectificationSummary getRowData(String rowKey) {
            return null;
        }
    };

    public void search() {
        applied = filter();
    }

    public void reset() {
        enterprise = null;
        subsidiaries = true;
        statuses = new ArrayList<>();
        sources = new ArrayList<>();
        overdueOnly = false;
        text = null;
        applied = RectificationFilter.ALL;
    }

    RectificationFilter filter() {
        // select menus post codes as text (a List's element type is erased): the enums are made here
        EnumSet<RectificationStatus> s = EnumSet.noneOf(RectificationStatus.class);
        statuses.forEach(code -> s.add(RectificationStatus.valueOf(code)));
        EnumSet<RectificationSource> o = EnumSet.noneOf(RectificationSource.class);
        sources.forEach(code -> o.add(RectificationSource.valueOf(code)));
        return new RectificationFilter(enterprise, subsidiaries, s, o, overdueOnly, text);
    }

    /** The board as filtered on the page (the fields as they are on screen), as an Excel workbook. */
    public StreamedContent getXlsx() {
        RectificationFilter filter = filter();
        applied = filter;
        Map<String, String> texts = new HashMap<>();
        RectificationExportTexts.textKeys().forEach(key -> texts.put(key, Pages.text(key)));
        exports.check(filter);
        RectificationExport exporter = exports;
        return DefaultStreamedContent.builder()
                .name(Pages.text("rectification.export.title") + "-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(out -> exporter.xlsx(filter, texts, out))
                .build();
    }

    public LazyDataModel<RectificationSummary> getModel() { return model; }

    public List<EnterpriseSummary> getEnterpriseOptions() {
        if (enterpriseOptions == null) {
            enterpriseOptions = enterprises.tree();
        }
        return enterpriseOptions;
    }

    public RectificationStatus[] getStatusOptions() { return RectificationStatus.values(); }
    public RectificationSource[] getSourceOptions() { return RectificationSource.values(); }
    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String v) { this.enterprise = v; }
    public boolean isSubsidiaries() { return subsidiaries; }
    public void setSubsidiaries(boolean v) { this.subsidiaries = v; }
    public List<String> getStatuses() { return statuses; }
    public void setStatuses(List<String> v) { this.statuses = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public List<String> getSources() { return sources; }
    public void setSources(List<String> v) { this.sources = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean v) { this.overdueOnly = v; }
    public String getText() { return text; }
    public void setText(String v) { this.text = v; }
}
