package com.soegroup.accountability.web.annual;

import com.soegroup.accountability.annual.AnnualDetail;
import com.soegroup.accountability.annual.AnnualDocumentService;
import com.soegroup.accountability.annual.AnnualDraftService;
import com.soegroup.accountability.annual.AnnualReportService;
import com.soegroup.accountability.annual.AnnualSection;
import com.soegroup.accountability.annual.AnnualSectionText;
import com.soegroup.accountability.annual.AnnualSentData;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 年度报告 (annual/report.xhtml?no=…): the four parts of 篇五 — the sections OFFICE writes (each save a version), the
 * facts and the figures beside last year's —, LEADER's approval or return with an opinion after a confirmation, the
 * office's reopening and sending, the versions, the history and the documents (DOCX, PDF).
 */
@Named
@ViewScoped
public class AnnualReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @EJB
    private AnnualReportService reports;

    @EJB
    private AnnualDraftService drafts;

    @EJB
    private AnnualDocumentService documents;

    private String no;
    private AnnualDetail detail;
    /** The sections as typed, by the section's name (the page addresses them by name). */
    private final HashMap<String, String> texts = new HashMap<>();
    /** Which confirmation is open: APPROVE, RETURN or REOPEN. */
    private String asking;
    private String opinion;
    private LocalDate sentOn;
    private String channel;
    private String reference;
    private String recipient;

    public void load() {
        detail = null;
        show(reports.detail(no, AnnualLabels.chinese()));
    }

    private void show(AnnualDetail read) {
        detail = read;
        texts.clear();
        for (AnnualSectionText s : read.sections()) {
            texts.put(s.section().name(), s.body());
        }
    }

    private void done(AnnualDetail read, String key) {
        show(read);
        Pages.info(key, read.summary().reportNo());
    }

    public void save() {
        Map<AnnualSection, String> sections = new EnumMap<>(AnnualSection.class);
        for (AnnualSection s : AnnualSection.values()) {
            sections.put(s, texts.get(s.name()));
        }
        done(drafts.saveText(no, detail.version(), sections, AnnualLabels.chinese()), "annual.saved");
    }

    public void submit() {
        done(drafts.submit(no, detail.version(), AnnualLabels.chinese()), "annual.submitted");
    }

    public void ask(String what) {
        asking = what;
        opinion = null;
    }

    public void confirm() {
        AnnualDetail read = switch (asking == null ? "" : asking) {
            case "APPROVE" -> drafts.approve(no, detail.version(), opinion, AnnualLabels.chinese());
            case "RETURN" -> drafts.returnForRework(no, detail.version(), opinion, AnnualLabels.chinese());
            default -> drafts.reopen(no, detail.version(), opinion, AnnualLabels.chinese());
        };
        String key = switch (asking == null ? "" : asking) {
            case "APPROVE" -> "annual.approvedDone";
            case "RETURN" -> "annual.returnedDone";
            default -> "annual.reopened";
        };
        opinion = null;
        done(read, key);
    }

    public void markSent() {
        AnnualDetail read = drafts.markSent(no, detail.version(), new AnnualSentData(sentOn, channel, reference, recipient),
                AnnualLabels.chinese());
        sentOn = null;
        channel = null;
        reference = null;
        recipient = null;
        done(read, "annual.sentDone");
    }

    public StreamedContent getDocx() {
        byte[] bytes = documents.docx(no, AnnualLabels.chinese());
        return file(bytes, DOCX, ".docx");
    }

    public StreamedContent getPdf() {
        byte[] bytes = documents.pdf(no, AnnualLabels.chinese());
        return file(bytes, "application/pdf", ".pdf");
    }

    private StreamedContent file(byte[] bytes, String type, String suffix) {
        return DefaultStreamedContent.builder().name(documents.fileName(no) + suffix).contentType(type)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public List<AnnualSection> getSections() {
        return List.of(AnnualSection.values());
    }

    public List<AnnualSection> getTopics() {
        return List.of(AnnualSection.values()).stream().filter(s -> s.topic() != null).toList();
    }

    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public AnnualDetail getDetail() { return detail; }
    public Map<String, String> getTexts() { return texts; }
    public String getAsking() { return asking; }
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
}
