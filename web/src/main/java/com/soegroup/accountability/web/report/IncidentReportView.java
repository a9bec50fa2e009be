package com.soegroup.accountability.web.report;

import com.soegroup.accountability.report.IncidentDetail;
import com.soegroup.accountability.report.IncidentDocumentService;
import com.soegroup.accountability.report.IncidentDraftService;
import com.soegroup.accountability.report.IncidentParts;
import com.soegroup.accountability.report.IncidentReportService;
import com.soegroup.accountability.report.IncidentSentData;
import com.soegroup.accountability.report.IncidentVersion;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * 一事一报告 (report/incident/report.xhtml?no=…): the clocks with their source and each stage's deadline, the text of
 * the stage under way in its five parts (OFFICE edits, each save a version), LEADER's approval with an opinion after
 * a confirmation, the sending, the extension, the versions, the history and the documents (DOCX, PDF).
 */
@Named
@ViewScoped
public class IncidentReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @EJB
    private IncidentReportService reports;

    @EJB
    private IncidentDraftService drafts;

    @EJB
    private IncidentDocumentService documents;

    private String no;
    private IncidentDetail detail;

    private String source;
    private String description;
    private String impact;
    private String causes;
    private String measures;
    private String changes;

    private boolean approving;
    private String opinion;
    private LocalDate sentOn;
    private String channel;
    private String reference;
    private String recipient;
    private Integer extensionDays;
    private String extensionReason;
    private String extensionOpinion;
    private Integer shownVersion;

    /** A report the service refuses shows nothing of it, only the refusal. */
    public void load() {
        detail = null;
        show(reports.detail(no));
    }

    private void show(IncidentDetail read) {
        detail = read;
        IncidentParts text = read.text();
        source = text.source();
        description = text.description();
        impact = text.impact();
        causes = text.causes();
        measures = text.measures();
        changes = text.changes();
    }

    private void done(IncidentDetail read, String key) {
        show(read);
        Pages.info(key, read.summary().reportNo());
    }

    public void save() {
        done(drafts.saveText(no, detail.version(), new IncidentParts(source, description, impact, causes, measures, changes)),
                "incident.saved");
    }

    public void submit() {
        done(drafts.submit(no, detail.version()), "incident.submitted");
    }

    /** Opens the confirmation: approve ({@code true}) or return for rework, with the opinion. */
    public void ask(boolean approve) {
        approving = approve;
        opinion = null;
    }

    public void confirm() {
        IncidentDetail read = approving ? drafts.approve(no, detail.version(), opinion) : drafts.returnForRework(no, detail.version(), opinion);
        opinion = null;
        done(read, approving ? "incident.approved" : "incident.returned");
    }

    public void markSent() {
        IncidentDetail read = drafts.markSent(no, detail.version(), new IncidentSentData(sentOn, channel, reference, recipient));
        sentOn = null;
        channel = null;
        reference = null;
        recipient = null;
        done(read, "incident.sentDone");
    }

    public void startProgress() {
        done(drafts.startProgress(no, detail.version()), "incident.progressStarted");
    }

    public void requestExtension() {
        IncidentDetail read = reports.requestExtension(no, detail.version(), extensionDays, extensionReason);
        extensionDays = null;
        extensionReason = null;
        done(read, "incident.extension.requested");
    }

    public void decideExtension(boolean approve) {
        IncidentDetail read = reports.decideExtension(no, detail.version(), approve, extensionOpinion);
        extensionOpinion = null;
        done(read, approve ? "incident.extension.approved" : "incident.extension.refused");
    }

    public void showVersion(int textNo) {
        shownVersion = shownVersion != null && shownVersion == textNo ? null : textNo;
    }

    public IncidentVersion getShown() {
        return detail == null || shownVersion == null ? null
                : detail.versions().stream().filter(v -> v.textNo() == shownVersion).findFirst().orElse(null);
    }

    public StreamedContent getDocx() {
        return file(documents.docx(no), DOCX, ".docx");
    }

    public StreamedContent getPdf() {
        return file(documents.pdf(no), "application/pdf", ".pdf");
    }

    private StreamedContent file(byte[] bytes, String type, String suffix) {
        String name = documents.fileName(no) + suffix;
        return DefaultStreamedContent.builder().name(name).contentType(type).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public IncidentDetail getDetail() { return detail; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getImpact() { return impact; }
    public void setImpact(String impact) { this.impact = impact; }
    public String getCauses() { return causes; }
    public void setCauses(String causes) { this.causes = causes; }
    public String getMeasures() { return measures; }
    public void setMeasures(String measures) { this.measures = measures; }
    public String getChanges() { return changes; }
    public void setChanges(String changes) { this.changes = changes; }
    public boolean isApproving() { return approving; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public LocalDate getSentOn() { return sentOn; }
    public void setSentOn(LocalDate sentOn) { this.sentOn = sentOn; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public Integer getExtensionDays() { return extensionDays; }
    public void setExtensionDays(Integer extensionDays) { this.extensionDays = extensionDays; }
    public String getExtensionReason() { return extensionReason; }
    public void setExtensionReason(String extensionReason) { this.extensionReason = extensionReason; }
    public String getExtensionOpinion() { return extensionOpinion; }
    public void setExtensionOpinion(String extensionOpinion) { this.extensionOpinion = extensionOpinion; }
    public Integer getShownVersion() { return shownVersion; }
}
