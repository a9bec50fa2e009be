package com.soegroup.accountability.web.circular;

import com.soegroup.accountability.circular.CircularDetail;
import com.soegroup.accountability.circular.CircularDocumentService;
import com.soegroup.accountability.circular.CircularDraftService;
import com.soegroup.accountability.circular.CircularParts;
import com.soegroup.accountability.circular.CircularReceipt;
import com.soegroup.accountability.circular.CircularService;
import com.soegroup.accountability.circular.CircularVersion;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.web.org.Pick;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * 通报 (circular/circular.xhtml?no=…): the text (OFFICE edits while drafting, each save a version), the terms it
 * hides with the office's own, LEADER's approval or return with an opinion after a confirmation, the publication
 * to an enterprise subtree and roles, the read receipts per enterprise, versions, history and the documents.
 * Opening it as a recipient records the read.
 */
@Named
@ViewScoped
public class CircularView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Role[] STAFF = {Role.OFFICE, Role.LEADER, Role.INVESTIGATOR, Role.LIAISON, Role.HR, Role.AUDITOR};
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private CircularService circulars;

    @EJB
    private CircularDraftService drafts;

    @EJB
    private CircularDocumentService documents;

    private String no;
    private boolean drafted;
    private CircularDetail detail;
    private List<CircularReceipt> receipts = List.of();

    private String title;
    private String facts;
    private String violation;
    private String handling;
    private String lesson;
    private String addedTerms;
    private boolean nameEnterprise;

    private boolean approving;
    private String opinion;
    private Pick publishTo;
    private Role[] publishRoles = STAFF.clone();
    private LocalDate publishedOn;
    private Integer shownVersion;

    /** A circular the service refuses shows nothing of it, only the refusal (404 outside the caller's reach). */
    public void load() {
        detail = null;
        show(circulars.open(no));
        if (drafted) {
            Pages.info("circular.drafted", no);
        }
    }

    private void show(CircularDetail read) {
        detail = read;
        CircularParts text = read.text();
        title = text.title();
        facts = text.facts();
        violation = text.violation();
        handling = text.handling();
        lesson = text.lesson();
        addedTerms = read.addedTerms();
        nameEnterprise = read.nameEnterprise();
        receipts = read.actions().receipts() ? circulars.receipts(no) : List.of();
    }

    /** Posted by the page once it shows the circular (the opening a receipt records; the GET itself writes nothing). */
    public void markRead() {
        if (detail != null) {
            circulars.markRead(no);
        }
    }

    private void done(CircularDetail read, String key) {
        show(read);
        Pages.info(key, read.summary().circularNo());
    }

    public void save() {
        done(drafts.saveText(no, detail.version(), new CircularParts(title, facts, violation, handling, lesson)), "circular.saved");
    }

    public void saveMasks() {
        done(drafts.saveMasks(no, detail.version(), addedTerms, nameEnterprise), "circular.masks.saved");
    }

    public void submit() {
        done(drafts.submit(no, detail.version()), "circular.submitted");
    }

    /** Opens the confirmation: approve ({@code true}) or return for rework, with the opinion. */
    public void ask(boolean approve) {
        approving = approve;
        opinion = null;
    }

    public void confirm() {
        CircularDetail read = approving ? drafts.approve(no, detail.version(), opinion) : drafts.returnForRework(no, detail.version(), opinion);
        opinion = null;
        done(read, approving ? "circular.approved" : "circular.returned");
    }

    public void publish() {
        CircularDetail read = drafts.publish(no, detail.version(), publishTo == null ? null : publishTo.key(),
                publishRoles == null ? List.of() : Arrays.asList(publishRoles), publishedOn);
        publishTo = null;
        publishedOn = null;
        done(read, "circular.published");
    }

    /** Fills the roles with all staff roles, or the leading group only. */
    public void presetRoles(boolean leadersOnly) {
        publishRoles = leadersOnly ? new Role[] {Role.LEADER} : STAFF.clone();
    }

    public void showVersion(int textNo) {
        shownVersion = shownVersion != null && shownVersion == textNo ? null : textNo;
    }

    public CircularVersion getShown() {
        return detail == null || shownVersion == null ? null
                : detail.versions().stream().filter(v -> v.textNo() == shownVersion).findFirst().orElse(null);
    }

    /** The roles the circular went to, as the names' helper reads them (codes joined by commas). */
    public String getPublishRolesText() {
        return detail == null ? "" : String.join(",", detail.publishRoles());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public StreamedContent getDocx() {
        return file(documents.docx(no), DOCX, ".docx");
    }

    public StreamedContent getPdf() {
        return file(documents.pdf(no), "application/pdf", ".pdf");
    }

    public StreamedContent getReceiptsXlsx() {
        byte[] bytes = circulars.receiptsXlsx(no);
        return DefaultStreamedContent.builder().name(no + "-阅读情况.xlsx").contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private StreamedContent file(byte[] bytes, String type, String suffix) {
        return DefaultStreamedContent.builder().name(no + suffix).contentType(type).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public boolean isDrafted() { return drafted; }
    public void setDrafted(boolean drafted) { this.drafted = drafted; }
    public CircularDetail getDetail() { return detail; }
    public List<CircularReceipt> getReceipts() { return receipts; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getFacts() { return facts; }
    public void setFacts(String facts) { this.facts = facts; }
    public String getViolation() { return violation; }
    public void setViolation(String violation) { this.violation = violation; }
    public String getHandling() { return handling; }
    public void setHandling(String handling) { this.handling = handling; }
    public String getLesson() { return lesson; }
    public void setLesson(String lesson) { this.lesson = lesson; }
    public String getAddedTerms() { return addedTerms; }
    public void setAddedTerms(String addedTerms) { this.addedTerms = addedTerms; }
    public boolean isNameEnterprise() { return nameEnterprise; }
    public void setNameEnterprise(boolean nameEnterprise) { this.nameEnterprise = nameEnterprise; }
    public boolean isApproving() { return approving; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public Pick getPublishTo() { return publishTo; }
    public void setPublishTo(Pick publishTo) { this.publishTo = publishTo; }
    public Role[] getPublishRoles() { return publishRoles; }
    public void setPublishRoles(Role[] publishRoles) { this.publishRoles = publishRoles; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public Integer getShownVersion() { return shownVersion; }
}
