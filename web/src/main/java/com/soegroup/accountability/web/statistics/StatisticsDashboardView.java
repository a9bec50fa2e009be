package com.soegroup.accountability.web.statistics;

import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.statistics.Drill;
import com.soegroup.accountability.statistics.DrillTarget;
import com.soegroup.accountability.statistics.Figure;
import com.soegroup.accountability.statistics.FigureGroup;
import com.soegroup.accountability.statistics.MonthFigures;
import com.soegroup.accountability.statistics.Statistics;
import com.soegroup.accountability.statistics.StatisticsFilter;
import com.soegroup.accountability.statistics.StatisticsService;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * 统计分析 (statistics/dashboard.xhtml): the figures of a period and an enterprise subtree as charts and tables;
 * every figure links to the list behind it with the same filters, every table goes to a workbook.
 */
@Named
@ViewScoped
public class StatisticsDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#c0392b", "#2e86c1", "#28b463", "#d68910", "#8e44ad", "#17a589",
            "#7f8c8d", "#cb4335", "#2874a6", "#b7950b", "#6c3483"};

    @EJB
    private StatisticsService statistics;

    @EJB
    private EnterpriseService enterprises;

    private transient List<EnterpriseSummary> enterpriseOptions;
    private LocalDate from;
    private LocalDate to;
    private String enterprise;
    /** The figures shown: a few dozen numbers, the months and the subsidiaries (bounded by the tree). */
    private Statistics figures;

    /** The page's first reading (the year so far of the caller's own enterprise), by its view action. */
    public void load() {
        if (figures == null) {
            search();
        }
    }

    public void search() {
        figures = statistics.figures(new StatisticsFilter(from, to, blankToNull(enterprise)));
        from = figures.filter().from();
        to = figures.filter().to();
        enterprise = figures.filter().enterprise();
    }

    /** The address of the list behind a figure, with the figure's filters. */
    public String link(Drill drill) {
        if (drill == null) {
            return null;
        }
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        StringJoiner query = new StringJoiner("&", "?", "");
        String page;
        if (drill.target() == DrillTarget.LEDGER) {
            page = "/clue/ledger.xhtml";
        } else {
            page = "/statistics/records.xhtml";
            query.add("target=" + drill.target().name());
        }
        drill.parameters().forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return base + page + query;
    }

    /** The name of a figure: its bundle text, or the records' own word. */
    public String label(Figure figure) {
        return figure.labelKey() != null ? Pages.text(figure.labelKey()) : figure.label();
    }

    /** A group as Chart.js's bar chart, each bar carrying the address of its list (statistics.js opens it). */
    public String chart(FigureGroup group) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder links = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        int i = 0;
        for (Figure f : group.figures()) {
            labels.add(label(f));
            if (group.amounts()) {
                data.add(tenThousand(f.amount()));
            } else {
                data.add(f.count());
            }
            String link = link(f.drill());
            if (link == null) {
                links.addNull();
            } else {
                links.add(link);
            }
            colours.add(COLOURS[i++ % COLOURS.length]);
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", Pages.text(group.amounts() ? "statistics.unit.tenThousandYuan" : "statistics.unit.count"))
                .add("data", data).add("backgroundColor", colours).add("links", links);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("indexAxis", group.figures().size() > 6 ? "y" : "x")
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    /**
     * The months of the period: clues (and a year before), cases opened and concluded, people held accountable,
     * rectification tasks verified and report stages sent late (the recovered amount is money: in the tables only).
     */
    public String trendChart() {
        if (figures == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        figures.months().forEach(m -> labels.add(m.month().toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(line("statistics.month.clues", MonthFigures::clues, COLOURS[0], false))
                .add(line("statistics.month.cluesYearBefore", MonthFigures::cluesYearBefore, COLOURS[6], true))
                .add(line("statistics.month.casesOpened", MonthFigures::casesOpened, COLOURS[1], false))
                .add(line("statistics.month.casesConcluded", MonthFigures::casesConcluded, COLOURS[2], false))
                .add(line("statistics.month.people", MonthFigures::people, COLOURS[3], false))
                .add(line("statistics.month.rectificationsDone", MonthFigures::rectificationsDone, COLOURS[5], false))
                .add(line("statistics.month.reportsLate", MonthFigures::reportsLate, COLOURS[7], false));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false))
                .build().toString();
    }

    private JsonObjectBuilder line(String key, ToLongFunction<MonthFigures> value, String colour, boolean dashed) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        figures.months().forEach(m -> data.add(value.applyAsLong(m)));
        JsonObjectBuilder line = Json.createObjectBuilder().add("label", Pages.text(key)).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("tension", 0.2);
        if (dashed) {
            line.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return line;
    }

    private static BigDecimal tenThousand(BigDecimal yuan) {
        return (yuan == null ? BigDecimal.ZERO : yuan).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
    }

    /** Every table of the page, one sheet each. */
    public StreamedContent getXlsx() {
        return workbook(false);
    }

    /** The subsidiaries' indicators alone (the annual assessment's table). */
    public StreamedContent getIndicatorsXlsx() {
        return workbook(true);
    }

    private StreamedContent workbook(boolean indicatorsOnly) {
        Statistics shown = figures;
        Function<String, String> text = key -> Pages.text(key);
        Function<Figure, String> names = this::label;
        String name = Pages.text(indicatorsOnly ? "statistics.indicators.title" : "statistics.title") + "-"
                + shown.filter().from() + "-" + shown.filter().to() + ".xlsx";
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(out -> {
                    try {
                        StatisticsWorkbook.write(shown, indicatorsOnly, text, names, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public List<EnterpriseSummary> getEnterpriseOptions() {
        if (enterpriseOptions == null) {
            enterpriseOptions = enterprises.tree();
        }
        return enterpriseOptions;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public Statistics getFigures() { return figures; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String enterprise) { this.enterprise = enterprise; }
}
