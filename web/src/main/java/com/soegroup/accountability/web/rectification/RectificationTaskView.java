package com.soegroup.accountability.web.rectification;

import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.rectification.RectificationDetail;
import com.soegroup.accountability.rectification.RectificationService;
import com.soegroup.accountability.rectification.RectificationSubmissionService;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 整改任务 (rectification/task.xhtml?no=…): one task with its submissions, extension requests and history, and the
 * steps the caller may take now — submit (LIAISON), ask for more time (LIAISON), answer the request (LEADER),
 * verify or send back (OFFICE), turn an overdue task into a clue (OFFICE). The services check every rule.
 */
@Named
@ViewScoped
public class RectificationTaskView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The confirmed steps of the dialog. */
    public enum Step { VERIFY, SEND_BACK, APPROVE_EXTENSION, REFUSE_EXTENSION, MAKE_CLUE }

    @EJB
    private RectificationService rectifications;

    @EJB
    private RectificationSubmissionService submissions;

    private String no;
    private RectificationDetail detail;
    private String text;
    private transient UploadedFiles uploads;
    private String extensionReason;
    private LocalDate extensionDeadline;
    private Step pending;
    private String opinion;

    public void load() {
        detail = null;
        detail = rectifications.detail(no);
    }

    public void submit() {
        UploadedFiles files = uploads;
        uploads = null;
        List<Attachments.Upload> chosen = new ArrayList<>();
        if (files != null) {
            for (UploadedFile f : files.getFiles()) {
                if (f.getSize() > 0) {
                    chosen.add(new Attachments.Upload(f.getFileName(), f.getContent()));
                }
            }
        }
        submissions.submit(no, text, chosen, detail.version());
        text = null;
        Pages.info("rectification.done.submitted", no);
        load();
    }

    public void requestExtension() {
        submissions.requestExtension(no, extensionReason, extensionDeadline, detail.version());
        extensionReason = null;
        extensionDeadline = null;
        Pages.info("rectification.done.extensionRequested", no);
        load();
    }

    /** Opens the confirmation of a step; the dialog takes the opinion. */
    public void prepare(Step step) {
        pending = step;
        opinion = step == Step.MAKE_CLUE ? Pages.text("rectification.clue.summary", no, detail.summary().enterpriseName(),
                detail.summary().responsibleName(), detail.summary().deadline().toString(), detail.summary().daysLate(),
                detail.requirement()) : null;
    }

    public void confirm() {
        Step step = pending;
        switch (step) {
            case VERIFY -> rectifications.review(no, true, opinion, detail.version());
            case SEND_BACK -> rectifications.review(no, false, opinion, detail.version());
            case APPROVE_EXTENSION -> submissions.decideExtension(no, true, opinion, detail.version());
            case REFUSE_EXTENSION -> submissions.decideExtension(no, false, opinion, detail.version());
            case MAKE_CLUE -> rectifications.makeClue(no, detail.version(), opinion);
        }
        pending = null;
        opinion = null;
        load();
        Pages.info("rectification.done." + step.name(), no, detail.summary().clueLedgerNo());
    }

    public StreamedContent file(long id) {
        String task = no;
        RectificationSubmissionService service = submissions;
        RectificationSubmissionService.Download file = service.file(task, id);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public RectificationDetail getDetail() { return detail; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public UploadedFiles getUploads() { return uploads; }
    public void setUploads(UploadedFiles uploads) { this.uploads = uploads; }
    public String getExtensionReason() { return extensionReason; }
    public void setExtensionReason(String v) { this.extensionReason = v; }
    public LocalDate getExtensionDeadline() { return extensionDeadline; }
    public void setExtensionDeadline(LocalDate v) { this.extensionDeadline = v; }
    public Step getPending() { return pending; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String v) { this.opinion = v; }
}
