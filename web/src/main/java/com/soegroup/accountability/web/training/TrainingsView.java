package com.soegroup.accountability.web.training;

import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.shared.Submissions;
import com.soegroup.accountability.training.TrainingData;
import com.soegroup.accountability.training.TrainingDetail;
import com.soegroup.accountability.training.TrainingExport;
import com.soegroup.accountability.training.TrainingExportTexts;
import com.soegroup.accountability.training.TrainingFilter;
import com.soegroup.accountability.training.TrainingService;
import com.soegroup.accountability.training.TrainingSummary;
import com.soegroup.accountability.web.org.Pick;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 业务培训 (training/trainings.xhtml): the trainings of the scope filtered by organiser, dates and course, exported
 * to Excel; OFFICE and LIAISON record a course (participants through the people picker), the form clears after.
 */
@Named
@ViewScoped
public class TrainingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @EJB
    private TrainingService trainings;

    @EJB
    private TrainingExport exports;

    @EJB
    private EnterpriseService enterprises;

    // read again where the session is, not carried with it
    private transient List<TrainingSummary> items;
    private transient List<EnterpriseSummary> enterpriseOptions;
    private String filterEnterprise;
    private LocalDate filterFrom;
    private LocalDate filterTo;
    private String filterText;
    private String course;
    private String organiser;
    private LocalDate heldOn;
    private BigDecimal hours;
    private List<Pick> participants = new ArrayList<>();
    private Integer externalParticipants;
    private String materials;
    private String formToken = Submissions.newToken();
    private TrainingDetail shown;

    public void search() {
        items = null;
    }

    public void record() {
        TrainingDetail created = trainings.record(new TrainingData(course, organiser, heldOn, hours,
                participants.stream().map(Pick::key).toList(), externalParticipants, materials), formToken);
        course = null;
        heldOn = null;
        hours = null;
        participants = new ArrayList<>();
        externalParticipants = null;
        materials = null;
        formToken = Submissions.newToken();
        items = null;
        Pages.info("training.done.recorded", created.summary().trainingNo());
    }

    public void show(String trainingNo) {
        shown = trainings.detail(trainingNo);
    }

    public List<TrainingSummary> getItems() {
        if (items == null) {
            items = Pages.readWhileWriting(() -> trainings.list(filter(), 0, SHOWN).items(), List.of());
        }
        return items;
    }

    public StreamedContent getXlsx() {
        Map<String, String> texts = new HashMap<>();
        TrainingExportTexts.textKeys().forEach(key -> texts.put(key, Pages.text(key)));
        TrainingFilter f = filter();
        TrainingExport exporter = exports;
        return DefaultStreamedContent.builder()
                .name(Pages.text("training.export.title") + "-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(out -> exporter.xlsx(f, texts, out)).build();
    }

    private TrainingFilter filter() {
        return new TrainingFilter(filterEnterprise, filterFrom, filterTo, filterText);
    }

    public boolean isMayRecord() {
        return trainings.mayRecord();
    }

    public List<EnterpriseSummary> getEnterpriseOptions() {
        if (enterpriseOptions == null) {
            enterpriseOptions = enterprises.tree();
        }
        return enterpriseOptions;
    }

    public String getFilterEnterprise() { return filterEnterprise; }
    public void setFilterEnterprise(String v) { this.filterEnterprise = v; }
    public LocalDate getFilterFrom() { return filterFrom; }
    public void setFilterFrom(LocalDate v) { this.filterFrom = v; }
    public LocalDate getFilterTo() { return filterTo; }
    public void setFilterTo(LocalDate v) { this.filterTo = v; }
    public String getFilterText() { return filterText; }
    public void setFilterText(String v) { this.filterText = v; }
    public String getCourse() { return course; }
    public void setCourse(String v) { this.course = v; }
    public String getOrganiser() { return organiser; }
    public void setOrganiser(String v) { this.organiser = v; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate v) { this.heldOn = v; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal v) { this.hours = v; }
    public List<Pick> getParticipants() { return participants; }
    public void setParticipants(List<Pick> v) { this.participants = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public Integer getExternalParticipants() { return externalParticipants; }
    public void setExternalParticipants(Integer v) { this.externalParticipants = v; }
    public String getMaterials() { return materials; }
    public void setMaterials(String v) { this.materials = v; }
    public String getFormToken() { return formToken; }
    public void setFormToken(String v) { this.formToken = v; }
    public TrainingDetail getShown() { return shown; }
}
