package com.soegroup.accountability.web.clue;

import com.soegroup.accountability.clue.AnonymousReportService;
import com.soegroup.accountability.clue.Attachments;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * 信访举报 (report/index.xhtml, no sign-in): the public form. It keeps nothing about the sender; the receipt
 * code is shown once on the page and held nowhere but in this view until the page is left.
 */
@Named
@ViewScoped
public class AnonymousReportFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AnonymousReportService reports;

    // every enterprise of the group: read again on the node that has the session, not carried with it
    private transient List<String[]> enterprises;
    private String enterprise;
    private String summary;
    private String persons;
    private String possibleLoss;
    private String reporterName;
    private String reporterContact;
    // the chosen files of one request only: never kept with the page (nor carried with the session)
    private transient UploadedFiles files;
    private String receipt;

    /** Saves nothing unless the receipt can be shown: a post without the page's nonce is refused first (PublicForm). */
    public void submit() {
        if (!PublicForm.nonceReturned()) {
            PublicForm.reload();
            return;
        }
        UploadedFiles chosen = files;
        files = null;
        List<Attachments.Upload> uploads = new ArrayList<>();
        if (chosen != null) {
            for (UploadedFile f : chosen.getFiles()) {
                if (f.getSize() > 0) {
                    uploads.add(new Attachments.Upload(f.getFileName(), f.getContent()));
                }
            }
        }
        receipt = reports.submit(new AnonymousReportService.Submission(enterprise, summary, persons, possibleLoss, reporterName,
                reporterContact, uploads), PublicForm.client());
    }

    /** PrimeFaces' script nonce, also in a field of the form: the page works without scripts. */
    public String getNonce() {
        return PublicForm.nonce();
    }

    public List<String[]> getEnterprises() {
        if (enterprises == null) {
            enterprises = reports.enterprises();
        }
        return enterprises;
    }

    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String enterprise) { this.enterprise = enterprise; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getPersons() { return persons; }
    public void setPersons(String persons) { this.persons = persons; }
    public String getPossibleLoss() { return possibleLoss; }
    public void setPossibleLoss(String possibleLoss) { this.possibleLoss = possibleLoss; }
    public String getReporterName() { return reporterName; }
    public void setReporterName(String reporterName) { this.reporterName = reporterName; }
    public String getReporterContact() { return reporterContact; }
    public void setReporterContact(String reporterContact) { this.reporterContact = reporterContact; }
    public UploadedFiles getFiles() { return files; }
    public void setFiles(UploadedFiles files) { this.files = files; }
    public String getReceipt() { return receipt; }
}
