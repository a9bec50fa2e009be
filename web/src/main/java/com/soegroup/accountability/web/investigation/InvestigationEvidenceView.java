package com.soegroup.accountability.web.investigation;

import com.soegroup.accountability.investigation.EvidenceBasis;
import com.soegroup.accountability.investigation.EvidenceContent;
import com.soegroup.accountability.investigation.EvidenceService;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 证据材料 (investigation/evidence.xhtml?no=…): a case's evidence files — upload, list, download through the API,
 * withdraw with a reason — and the team's notes. Talks to {@link EvidenceService} only, which checks scope,
 * team, recusal and the files themselves; a refusal is shown as the bundle's sentence.
 */
@Named
@ViewScoped
public class InvestigationEvidenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EvidenceService evidence;

    private String no;
    private EvidenceService.Folder folder;

    private EvidenceBasis basis;
    private String documentReference;
    private Long withdrawing;
    private String withdrawReason;
    private String note;
    private boolean uploadAnswered;

    /** A case the service refuses shows no folder, only the refusal. */
    public void load() {
        folder = null;
        folder = evidence.folder(no);
    }

    /**
     * One chosen file with the basis and document reference of the form; the service checks all of it.
     * PrimeFaces sends the upload event once validation is done, before the form's other fields reach this bean:
     * it is queued again for the invoke-application phase, when they have.
     */
    public void upload(FileUploadEvent event) {
        if (event.getPhaseId() != PhaseId.INVOKE_APPLICATION) {
            event.setPhaseId(PhaseId.INVOKE_APPLICATION);
            event.queue();
            return;
        }
        UploadedFile file = event.getFile();
        uploadAnswered = true;
        run(() -> evidence.upload(no, file.getFileName(), file.getContent(), basis, documentReference), "evidence.page.uploaded");
        documentReference = null;
    }

    public void prepareWithdraw(long id) {
        uploadAnswered = false;
        withdrawing = id;
        withdrawReason = null;
    }

    public void withdraw() {
        uploadAnswered = false;
        run(() -> evidence.withdraw(no, withdrawing == null ? -1 : withdrawing, withdrawReason), "evidence.page.withdrawn");
    }

    public void addNote() {
        uploadAnswered = false;
        run(() -> evidence.addNote(no, note), "evidence.page.noteAdded");
        note = null;
    }

    private void run(Runnable action, String okKey) {
        action.run();
        Pages.info(okKey);
        load();
    }

    /** The API's address of a file: it answers the file as an attachment and logs the download. */
    public String downloadUrl(long id) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/investigations/"
                + URLEncoder.encode(no, StandardCharsets.UTF_8) + "/evidence/" + id;
    }

    /** The service's size limit, for PrimeFaces to refuse a larger file before it is sent. */
    public long getMaxBytes() { return EvidenceContent.MAX_BYTES; }

    /** The names of the kinds the service accepts (it checks the content itself). */
    public String getAllowTypes() { return "/(\\.|\\/)(pdf|png|jpe?g|gif|tiff?|docx?|xlsx?|pptx?)$/i"; }

    public List<EvidenceBasis> getBases() { return List.of(EvidenceBasis.values()); }

    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public EvidenceService.Folder getFolder() { return folder; }
    /** The answer to an upload shows beside the upload form (see the page), other answers at the top. */
    public boolean isUploadAnswered() { return uploadAnswered; }
    public EvidenceBasis getBasis() { return basis; }
    public void setBasis(EvidenceBasis v) { basis = v; }
    public String getDocumentReference() { return documentReference; }
    public void setDocumentReference(String v) { documentReference = v; }
    public Long getWithdrawing() { return withdrawing; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String v) { withdrawReason = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
