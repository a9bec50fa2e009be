package com.soegroup.accountability.web.statistics;

import com.soegroup.accountability.statistics.DrillPage;
import com.soegroup.accountability.statistics.DrillRow;
import com.soegroup.accountability.statistics.DrillTarget;
import com.soegroup.accountability.statistics.StatisticsFilter;
import com.soegroup.accountability.statistics.StatisticsService;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 统计明细 (statistics/records.xhtml?target=…): the cases, losses, decisions, tolerated subjects, rectification tasks,
 * recovery cases or incident report stages behind a figure
 * of the dashboard, with the figure's filters from the address, a lazy list whose numbers open the records.
 */
@Named
@ViewScoped
public class StatisticsRecordsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The table's rows per page (records.xhtml). */
    static final int PAGE = 50;
    private static final List<String> FIGURE_PARAMETERS = List.of("kind", "level", "measure", "responsibility",
            "postLevel", "outcome");

    @EJB
    private StatisticsService statistics;

    private DrillTarget target;
    private StatisticsFilter filter;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    /** The first page, read with the address, until the table shows it (at most {@value #PAGE} rows). */
    private DrillPage firstPage;

    private final LazyDataModel<DrillRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0;
        }

        @Override
        public List<DrillRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (target == null) {
                return List.of();
            }
            DrillPage page = first == 0 && pageSize == PAGE && firstPage != null ? firstPage
                    : Pages.readWhileWriting(() -> statistics.list(filter, target, parameters, first, pageSize), null);
            firstPage = null;
            if (page == null) {
                return List.of();
            }
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(DrillRow row) {
            return row.number() + ":" + row.title();
        }

        @Override
        public DrillRow getRowData(String rowKey) {
            return null;
        }
    };

    /** Reads the figure's filters from the address; a value the list does not know is said, nothing is listed. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Map<String, String> address = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            target = DrillTarget.valueOf(address.getOrDefault("target", ""));
            filter = new StatisticsFilter(date(address.get("from")), date(address.get("to")), address.get("enterprise"));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            target = null;
            Pages.error("statistics.records.addressInvalid");
            return;
        }
        FIGURE_PARAMETERS.forEach(name -> {
            if (address.get(name) != null) {
                parameters.put(name, address.get(name));
            }
        });
        // the first page is read here, so that a refusal is the page's message rather than an empty table's, and
        // kept for the table's first reading (over a million records the list's count is what takes the time)
        firstPage = Pages.readWhileWriting(() -> statistics.list(filter, target, parameters, 0, PAGE), null);
        if (firstPage == null) {
            target = null;
        }
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    /** What the list shows, in words: the figure's name and the period. */
    public String getHeading() {
        if (target == null) {
            return Pages.text("statistics.records.title");
        }
        StringBuilder heading = new StringBuilder(Pages.text(target.bundleKey()));
        parameters.forEach((name, value) -> heading.append(" · ").append(switch (name) {
            case "kind" -> Pages.text(switch (target) {
                case RECTIFICATIONS -> "RectificationFigure.";
                case RECOVERY -> "RecoveryFigure.";
                case INCIDENTS -> "ReportFigure.";
                default -> "CaseFigure.";
            } + value);
            case "level" -> Pages.text("NONE".equals(value) ? "statistics.level.none" : "LossLevel." + value);
            case "measure" -> Pages.text((target == DrillTarget.RECTIFICATIONS ? "RectificationMeasure." : "Measure.") + value);
            case "responsibility" -> Pages.text("Responsibility." + value);
            case "outcome" -> Pages.text("Outcome." + value);
            default -> value.isEmpty() ? Pages.text("statistics.postLevel.none") : value;
        }));
        return heading.toString();
    }

    /** The record's own page: a case's, a decision's, a rectification task's or an incident report's. */
    public String getRecordPage() {
        return switch (target) {
            case DECISIONS -> "/decision/decision";
            case RECTIFICATIONS -> "/rectification/task";
            case INCIDENTS -> "/report/incident/report";
            default -> "/investigation/investigation";
        };
    }

    /** A row's name: an incident report's row names its stage by code, said here in words. */
    public String title(DrillRow row) {
        return target == DrillTarget.INCIDENTS ? Pages.text("IncidentKind." + row.title()) : row.title();
    }

    public boolean isAmounts() { return target == DrillTarget.LOSSES || target == DrillTarget.RECOVERY; }
    public boolean isLateness() {
        return List.of(DrillTarget.CASES, DrillTarget.RECTIFICATIONS, DrillTarget.INCIDENTS).contains(target)
                && List.of("LATE", "OVERDUE").contains(parameters.get("kind"));
    }
    public DrillTarget getTarget() { return target; }
    public StatisticsFilter getFilter() { return filter; }
    public LazyDataModel<DrillRow> getModel() { return model; }
}
