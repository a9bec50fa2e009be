package com.soegroup.accountability.web.investigation;

import com.soegroup.accountability.investigation.InvestigationData;
import com.soegroup.accountability.investigation.InvestigationDetail;
import com.soegroup.accountability.investigation.InvestigationDraftService;
import com.soegroup.accountability.investigation.InvestigationService;
import com.soegroup.accountability.investigation.InvestigationSummary;
import com.soegroup.accountability.investigation.OpeningDraft;
import com.soegroup.accountability.web.org.Pick;
import com.soegroup.accountability.web.org.PickerView;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 调查列表 (investigation/investigations.xhtml): the investigations of the caller's scope and team; OFFICE opens
 * one from an accepted clue ({@code ?clue=…}, the clue page's "立项调查"), which brings its persons concerned as
 * the subjects; more are picked by name.
 */
@Named
@ViewScoped
public class InvestigationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvestigationService investigations;

    @EJB
    private InvestigationDraftService drafts;

    @Inject
    private PickerView picker;

    // up to 200 lines: kept where read; read again with the same filter on the node the session moved to
    private transient InvestigationService.Page page;
    private boolean listed;
    private String text;
    private String clue;
    private OpeningDraft draft;
    private List<Pick> subjects = new ArrayList<>();
    private Pick lossEnterprise;
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

    /** The opening form from the clue named in the address: its persons concerned become the subjects. */
    public void loadDraft() {
        draft = null;
        if (clue == null || clue.isBlank()) {
            return;
        }
        OpeningDraft read = drafts.fromClue(clue);
        subjects = new ArrayList<>(read.subjects().stream()
                .map(s -> picker.keep(new Pick(s.employeeNo(), s.name(), String.join("，", nonBlank(s.enterpriseName(), s.post(), s.employeeNo())))))
                .toList());
        title = read.suggestedTitle();
        draft = read;
    }

    public String open() {
        InvestigationDetail created = investigations.open(new InvestigationData(List.of(draft.clueNo()),
                subjects.stream().map(Pick::key).toList(), title, plan, lossEnterprise == null ? null : lossEnterprise.key()));
        return "/investigation/investigation?faces-redirect=true&opened=true&no=" + created.summary().caseNo();
    }

    private static List<String> nonBlank(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }

    public List<InvestigationSummary> getItems() { return page().items(); }
    public long getTotal() { return page().total(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getClue() { return clue; }
    public void setClue(String clue) { this.clue = clue; }
    public OpeningDraft getDraft() { return draft; }
    public List<Pick> getSubjects() { return subjects; }
    public void setSubjects(List<Pick> subjects) { this.subjects = subjects == null ? new ArrayList<>() : new ArrayList<>(subjects); }
    public Pick getLossEnterprise() { return lossEnterprise; }
    public void setLossEnterprise(Pick lossEnterprise) { this.lossEnterprise = lossEnterprise; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPlan() { return plan; }
    public void setPlan(String plan) { this.plan = plan; }
}
