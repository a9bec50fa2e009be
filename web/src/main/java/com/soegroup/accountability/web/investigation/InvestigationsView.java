package com.soegroup.accountability.web.investigation;

import com.soegroup.accountability.investigation.InvestigationData;
import com.soegroup.accountability.investigation.InvestigationDetail;
import com.soegroup.accountability.investigation.InvestigationService;
import com.soegroup.accountability.investigation.InvestigationSummary;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** 调查列表 (investigation/investigations.xhtml): the investigations of the caller's scope and team; OFFICE opens one. */
@Named
@ViewScoped
public class InvestigationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvestigationService investigations;

    // up to 200 lines: kept where read; read again with the same filter on the node the session moved to
    private transient InvestigationService.Page page;
    private boolean listed;
    private String text;
    private String clues;
    private String subjects;
    private String title;
    private String plan;

    /** The page's first list, read by its view action: a refusal is then shown on the page like any other. */
    public void load() {
        search();
    }

    public void search() {
        page = investigations.search(null, text, 0, 200);
        listed = true;
    }

    private InvestigationService.Page page() {
        if (page == null && listed) {
            // a refusal (the caller's rights changed meanwhile) is shown once, with an empty list
            page = Pages.readWhileWriting(() -> investigations.search(null, text, 0, 200),
                    new InvestigationService.Page(0, List.of()));
        }
        return page == null ? new InvestigationService.Page(0, List.of()) : page;
    }

    public String open() {
        InvestigationDetail created = investigations.open(new InvestigationData(split(clues), split(subjects), title, plan, null));
        return "/investigation/investigation?faces-redirect=true&no=" + created.summary().caseNo();
    }

    static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("[,，、\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<InvestigationSummary> getItems() { return page().items(); }
    public long getTotal() { return page().total(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getClues() { return clues; }
    public void setClues(String clues) { this.clues = clues; }
    public String getSubjects() { return subjects; }
    public void setSubjects(String subjects) { this.subjects = subjects; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPlan() { return plan; }
    public void setPlan(String plan) { this.plan = plan; }
}
