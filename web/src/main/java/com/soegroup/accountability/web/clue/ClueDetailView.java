package com.soegroup.accountability.web.clue;

import com.soegroup.accountability.clue.AnonymousReportService;
import com.soegroup.accountability.clue.AttachmentFile;
import com.soegroup.accountability.clue.AttachmentInfo;
import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.clue.ClueAttachmentService;
import com.soegroup.accountability.clue.ClueCircumstanceService;
import com.soegroup.accountability.clue.ClueDetail;
import com.soegroup.accountability.clue.ClueHistoryEntry;
import com.soegroup.accountability.clue.ClueService;
import com.soegroup.accountability.clue.ClueSource;
import com.soegroup.accountability.clue.ClueStatus;
import com.soegroup.accountability.clue.ReporterMessageService;
import com.soegroup.accountability.clue.SupervisionService;
import com.soegroup.accountability.clue.TransferKind;
import com.soegroup.accountability.clue.TransitionInput;
import com.soegroup.accountability.ruleset.CircumstanceService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.IncidentReportLookup;
import com.soegroup.accountability.web.rule.CircumstanceChoice;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import org.primefaces.PrimeFaces;
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
 * 线索详情 (clue/detail.xhtml?no=…): the clue, its persons, history and supervision, and the state changes
 * the user may make (the service decides which; the page only offers what it answers in {@code next}).
 */
@Named
@ViewScoped
public class ClueDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClueService clues;

    @EJB
    private SupervisionService supervisions;

    @EJB
    private ClueAttachmentService clueFiles;

    @EJB
    private ReporterMessageService messages;

    @EJB
    private ClueCircumstanceService classification;

    @EJB
    private CircumstanceService circumstanceCatalogue;

    @EJB
    private IncidentReportLookup incidentReports;

    private LocalDate supervisionDeadline;
    private Integer progressIntervalDays = 14;
    private String supervisingLeader;
    private String progressText;

    private String no;
    private boolean registered;
    private ClueDetail detail;

    private IncidentReportLookup.Link incidentReport;
    private List<ClueHistoryEntry> history;

    private List<AttachmentInfo> attachments = List.of();
    private List<AnonymousReportService.Message> reportMessages = List.of();
    private String reply;
    // the chosen files of one request only: never kept with the page (nor carried with the session)
    private transient UploadedFiles uploads;
    private ClueStatus to;
    private String handler;
    private LocalDate deadline;
    private String reason;
    private String transferKind;
    private String receivingEnterprise;
    private String receivingOrgan;
    private String reference;
    private String survivor;
    private boolean confirmed;
    private CircumstanceChoice circumstances;
    private boolean classifying;

    /** Loads the clue; out of scope, recused or unknown all answer the same 404 page. */
    public void load() {
        detail = clues.detailIfVisible(no).orElse(null);
        if (detail == null) {
            Pages.notFound();
            return;
        }
        history = clues.history(no);
        extras();
        if (registered && !FacesContext.getCurrentInstance().isPostback()) {
            Pages.info("clue.registered", detail.clue().ledgerNo());
        }
    }

    /** Opens the dialog of one state change with empty fields. */
    public void prepare(ClueStatus target) {
        to = target;
        handler = null;
        deadline = null;
        reason = null;
        transferKind = null;
        receivingEnterprise = null;
        receivingOrgan = null;
        reference = null;
        survivor = null;
        confirmed = false;
    }

    public void apply() {
        TransitionInput input = new TransitionInput(to, handler, deadline, reason,
                transferKind == null || transferKind.isEmpty() ? null : TransferKind.valueOf(transferKind),
                receivingEnterprise, receivingOrgan, reference, survivor, confirmed);
        told(() -> {
            clues.transition(no, detail.clue().version(), input);
            Pages.info("clue.transition.done", Pages.text(to.bundleKey()));
            reload();
            PrimeFaces.current().executeScript("PF('transition').hide()");
        });
    }

    public void supervise() {
        change(() -> supervisions.supervise(no, detail.clue().version(), supervisingLeader, supervisionDeadline, progressIntervalDays),
                "clue.supervision.started");
    }

    public void addProgress() {
        change(() -> supervisions.addProgress(no, progressText), "clue.supervision.progressAdded");
        progressText = null;
    }

    /** Opens the circumstance picker with what the clue carries now. */
    public void startClassifying() {
        if (circumstances == null) {
            circumstances = new CircumstanceChoice(circumstanceCatalogue.inForce().orElse(null));
        }
        circumstances.reset(detail.circumstances());
        classifying = true;
    }

    public void cancelClassifying() {
        classifying = false;
    }

    /** Saves the circumstances suspected; the picker closes and the page shows them as stored. */
    public void classify() {
        change(() -> classification.classify(no, detail.clue().version(), circumstances.codes()), "circumstance.clueSaved");
        classifying = false;
    }

    public CircumstanceChoice getCircumstances() { return circumstances; }
    public boolean isClassifying() { return classifying; }

    public void endSupervision() {
        change(() -> supervisions.endSupervision(no, detail.clue().version(), null), "clue.supervision.ended");
    }

    private void change(Runnable action, String doneKey) {
        told(() -> {
            action.run();
            Pages.info(doneKey);
            reload();
        });
    }

    /**
     * Runs a change of the clue. A failure that is not a refusal is told on this page as one too (this page has
     * always kept the user on the clue): a concurrent change as such, anything else as the general sentence.
     */
    private static void told(Runnable action) {
        try {
            action.run();
        } catch (EJBException failure) {
            boolean stale = false;
            for (Throwable t = failure; t != null; t = t.getCause()) {
                stale |= t instanceof OptimisticLockException;
            }
            ErrorCode code = stale ? ErrorCode.STALE_VERSION : ErrorCode.INTERNAL_ERROR;
            throw new AccountabilityException(code, code.bundleKey(), null);
        }
    }

    /** The files, and for the office and leaders the messages with an anonymous reporter. */
    private void extras() {
        attachments = clueFiles.attachments(no);
        incidentReport = incidentReports.forClue(no).orElse(null);
        reportMessages = detail.reporterVisible() && detail.clue().source() == ClueSource.REPORT
                ? messages.reportMessages(no) : List.of();
    }

    public void sendReply() {
        change(() -> messages.replyToReporter(no, reply), "clue.report.replied");
        reply = null;
    }

    /** One file of the clue, for download (reading it is logged by the service). */
    public StreamedContent file(long id) {
        AttachmentFile file = clueFiles.attachment(no, id);
        byte[] bytes = file.content();
        return DefaultStreamedContent.builder().name(file.info().fileName())
                .contentType(file.info().contentType()).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Adds the chosen files to the clue (the service checks them by content). */
    public void upload() {
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
        change(() -> clueFiles.addAttachments(no, chosen), "clue.attachments.added");
    }

    public UploadedFiles getUploads() { return uploads; }
    public void setUploads(UploadedFiles uploads) { this.uploads = uploads; }
    public List<AttachmentInfo> getAttachments() { return attachments; }
    public List<AnonymousReportService.Message> getReportMessages() { return reportMessages; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }

    /** After a change: a clue transferred out of the user's scope leaves the page with what it showed, without actions. */
    private void reload() {
        detail = clues.detailIfVisible(no).orElse(null);
        if (detail != null) {
            history = clues.history(no);
            extras();
        }
    }

    /**
     * Whether to offer "立项调查" (to OFFICE, the page asks): an accepted clue that no open investigation holds yet. The investigation's
     * opening form checks again and says why not, should someone have opened one meanwhile.
     */
    public boolean isInvestigable() {
        return detail != null && detail.clue().status() == ClueStatus.ACCEPTED
                && detail.openWork().stream().noneMatch(w -> "INVESTIGATION".equals(w.area()));
    }

    public boolean isOpen() {
        return detail != null && detail.clue().status().isOpen();
    }

    public TransferKind[] getTransferKinds() { return TransferKind.values(); }
    public boolean isNeeds(String what) {
        if (to == null) {
            return false;
        }
        return switch (what) {
            case "checking" -> to == ClueStatus.CHECKING;
            case "transfer" -> to == ClueStatus.TRANSFERRED;
            case "merge" -> to == ClueStatus.MERGED;
            case "reference" -> to == ClueStatus.TRANSFERRED || to == ClueStatus.OUT_OF_SCOPE;
            case "confirm" -> to == ClueStatus.CLOSED;
            default -> false;
        };
    }

    public LocalDate getSupervisionDeadline() { return supervisionDeadline; }
    public void setSupervisionDeadline(LocalDate supervisionDeadline) { this.supervisionDeadline = supervisionDeadline; }
    public Integer getProgressIntervalDays() { return progressIntervalDays; }
    public void setProgressIntervalDays(Integer progressIntervalDays) { this.progressIntervalDays = progressIntervalDays; }
    public String getSupervisingLeader() { return supervisingLeader; }
    public void setSupervisingLeader(String supervisingLeader) { this.supervisingLeader = supervisingLeader; }
    public String getProgressText() { return progressText; }
    public void setProgressText(String progressText) { this.progressText = progressText; }
    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public boolean isRegistered() { return registered; }
    public void setRegistered(boolean registered) { this.registered = registered; }
    public ClueDetail getDetail() { return detail; }
    public IncidentReportLookup.Link getIncidentReport() { return incidentReport; }
    public List<ClueHistoryEntry> getHistory() { return history; }
    public ClueStatus getTo() { return to; }
    public String getHandler() { return handler; }
    public void setHandler(String handler) { this.handler = handler; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getTransferKind() { return transferKind; }
    public void setTransferKind(String transferKind) { this.transferKind = transferKind; }
    public String getReceivingEnterprise() { return receivingEnterprise; }
    public void setReceivingEnterprise(String receivingEnterprise) { this.receivingEnterprise = receivingEnterprise; }
    public String getReceivingOrgan() { return receivingOrgan; }
    public void setReceivingOrgan(String receivingOrgan) { this.receivingOrgan = receivingOrgan; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getSurvivor() { return survivor; }
    public void setSurvivor(String survivor) { this.survivor = survivor; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
}
