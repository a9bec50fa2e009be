package com.soegroup.accountability.web.duty;

import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.duty.DutyMatterKind;
import com.soegroup.accountability.duty.DutyOpinion;
import com.soegroup.accountability.duty.DutyRecordDetail;
import com.soegroup.accountability.duty.DutyRecordFileInfo;
import com.soegroup.accountability.duty.DutyRecordService;
import com.soegroup.accountability.duty.MeetingType;
import com.soegroup.accountability.duty.ParticipantRole;
import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.shared.Submissions;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 履职记录 (duty/record.xhtml[?no=…[&amp;revision=…]]): without a number the form of a new record; with one, the
 * version asked for (the one in force by default), its participants and the versions before, and what the caller
 * may do now: edit and confirm a draft (with a confirmation), correct the confirmed version in force with a reason;
 * the documents of the version shown, added to and removed from a draft only.
 */
@Named
@ViewScoped
public class DutyRecordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DutyRecordService records;

    @EJB
    private EnterpriseService enterprises;

    @Inject
    private Clock clock;

    // the scope's enterprise tree (hundreds of lines): read again where the session is, not carried with it
    private transient List<EnterpriseSummary> enterpriseOptions;
    private String no;
    private Integer revision;
    private DutyRecordDetail detail;
    private DutyRecordForm form;
    /** EDIT (a draft) or CORRECT (the confirmed version in force) while the form is open on a record. */
    private String editing;
    private String formToken = Submissions.newToken();
    // the files chosen, read once by upload(): never kept with the view
    private transient UploadedFiles uploads;
    /** The ids of the documents a correction carries over, ticked. */
    private List<String> keptFiles;

    public void load() {
        if (no == null || no.isBlank()) {
            if (form == null) {
                form = new DutyRecordForm();
                // most records are entered on the day of the meeting or soon after
                form.setMeetingDate(LocalDate.now(clock));
            }
            return;
        }
        if (detail == null) {
            detail = records.get(no, revision);
        }
    }

    public String create() {
        DutyRecordDetail created = records.create(form.data(), formToken);
        return "/duty/record?faces-redirect=true&created=true&no=" + created.recordNo();
    }

    public void edit() {
        form = DutyRecordForm.of(detail);
        editing = detail.mayEdit() ? "EDIT" : "CORRECT";
        // a correction carries every document unless one is unticked
        keptFiles = new ArrayList<>(detail.files().stream().map(f -> Long.toString(f.id())).toList());
    }

    public void cancel() {
        form = null;
        editing = null;
    }

    public void save() {
        if ("CORRECT".equals(editing)) {
            List<String> kept = keptFiles == null ? List.of() : keptFiles;
            List<Long> drop = detail.files().stream().map(DutyRecordFileInfo::id)
                    .filter(id -> !kept.contains(Long.toString(id))).toList();
            detail = records.correct(detail.recordNo(), form.data(), form.getReason(), detail.version(), drop);
            Pages.info("duty.done.corrected", detail.revision());
        } else {
            detail = records.update(detail.recordNo(), form.data(), detail.version());
            Pages.info("duty.done.saved");
        }
        form = null;
        editing = null;
        keptFiles = null;
        revision = null;
    }

    public void confirm() {
        detail = records.confirm(detail.recordNo(), detail.version());
        Pages.info("duty.done.confirmed");
    }

    /** Adds the chosen documents to the draft; the chooser is empty again afterwards. */
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
        detail = records.addFiles(detail.recordNo(), chosen, detail.version());
        Pages.info("duty.files.done.added", chosen.size());
    }

    public void removeFile(long id) {
        detail = records.removeFile(detail.recordNo(), id, detail.version());
        Pages.info("duty.files.done.removed");
    }

    public StreamedContent file(long id) {
        DutyRecordService.Download file = records.file(detail.recordNo(), id);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    public boolean isNewRecord() {
        return detail == null;
    }

    public List<EnterpriseSummary> getEnterpriseOptions() {
        if (enterpriseOptions == null) {
            enterpriseOptions = enterprises.tree();
        }
        return enterpriseOptions;
    }

    public DutyMatterKind[] getMatterKinds() { return DutyMatterKind.values(); }
    public MeetingType[] getMeetingTypes() { return MeetingType.values(); }
    public ParticipantRole[] getRoles() { return ParticipantRole.values(); }
    public DutyOpinion[] getOpinions() { return DutyOpinion.values(); }
    public String getNo() { return no; }
    public void setNo(String v) { this.no = v; }
    public Integer getRevision() { return revision; }
    public void setRevision(Integer v) { this.revision = v; }
    public DutyRecordDetail getDetail() { return detail; }
    public DutyRecordForm getForm() { return form; }
    public String getEditing() { return editing; }
    public String getFormToken() { return formToken; }
    public List<String> getKeptFiles() { return keptFiles; }
    public void setKeptFiles(List<String> v) { this.keptFiles = v; }
    public UploadedFiles getUploads() { return uploads; }
    public void setUploads(UploadedFiles v) { this.uploads = v; }
    public void setFormToken(String v) { this.formToken = v; }
}
