package com.soegroup.accountability.web.inspection;

import com.soegroup.accountability.inspection.CampaignData;
import com.soegroup.accountability.inspection.CampaignDetail;
import com.soegroup.accountability.inspection.CampaignService;
import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.rule.set.CircumstanceArea;
import com.soegroup.accountability.shared.Submissions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * 发起自查专项行动 (inspection/launch.xhtml): OFFICE writes the title and topic, chooses the enterprise whose subtree
 * answers and the due date (the working days to it shown), generates the checklist from the circumstance catalogue
 * in force (areas chosen) or adds free items, edits it, and launches.
 */
@Named
@ViewScoped
public class InspectionLaunchView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A checklist line being edited. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String circumstance;
        private String text;

        Line(String circumstance, String text) {
            this.circumstance = circumstance;
            this.text = text;
        }

        public String getCircumstance() { return circumstance; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    @EJB
    private CampaignService campaigns;

    @EJB
    private EnterpriseService enterprises;

    // the scope's enterprise tree: read again where the session is, not carried with it
    private transient List<EnterpriseSummary> enterpriseOptions;
    private String title;
    private String topic;
    private String enterprise;
    private LocalDate dueDate;
    private CircumstanceArea[] areas = new CircumstanceArea[0];
    private final List<Line> lines = new ArrayList<>();
    private String freeItem;
    private String formToken = Submissions.newToken();

    public void load() {
        if (dueDate == null) {
            dueDate = campaigns.defaultDueDate();
        }
    }

    /** Replaces the checklist by one item per circumstance of the areas chosen. */
    public void generate() {
        lines.clear();
        campaigns.checklist(areas.length == 0 ? EnumSet.noneOf(CircumstanceArea.class) : EnumSet.copyOf(Arrays.asList(areas)))
                .forEach(i -> lines.add(new Line(i.circumstance(), i.text())));
    }

    public void addFree() {
        if (freeItem != null && !freeItem.isBlank()) {
            lines.add(new Line(null, freeItem.strip()));
        }
        freeItem = null;
    }

    public void remove(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    public String launch() {
        CampaignDetail created = campaigns.launch(new CampaignData(title, topic, enterprise, dueDate,
                lines.stream().map(l -> new CampaignData.Item(l.getCircumstance(), l.getText())).toList()), formToken);
        return "/inspection/campaign?faces-redirect=true&created=true&no=" + created.summary().campaignNo();
    }

    /** Working days from today to the due date chosen, for the hint beside it. */
    public Integer getWorkingDays() {
        return dueDate == null ? null : campaigns.workingDaysUntil(dueDate);
    }

    public List<EnterpriseSummary> getEnterpriseOptions() {
        if (enterpriseOptions == null) {
            enterpriseOptions = enterprises.tree();
        }
        return enterpriseOptions;
    }

    public CircumstanceArea[] getAreaOptions() { return CircumstanceArea.values(); }
    public List<Line> getLines() { return lines; }
    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public String getTopic() { return topic; }
    public void setTopic(String v) { this.topic = v; }
    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String v) { this.enterprise = v; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate v) { this.dueDate = v; }
    public CircumstanceArea[] getAreas() { return areas.clone(); }
    public void setAreas(CircumstanceArea[] v) { this.areas = v == null ? new CircumstanceArea[0] : v.clone(); }
    public String getFreeItem() { return freeItem; }
    public void setFreeItem(String v) { this.freeItem = v; }
    public String getFormToken() { return formToken; }
    public void setFormToken(String v) { this.formToken = v; }
}
