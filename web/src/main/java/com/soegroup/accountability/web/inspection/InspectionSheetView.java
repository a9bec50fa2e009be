package com.soegroup.accountability.web.inspection;

import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.inspection.AnswerData;
import com.soegroup.accountability.inspection.AnswerDetail;
import com.soegroup.accountability.inspection.AnswerResult;
import com.soegroup.accountability.inspection.AnswerSheetService;
import com.soegroup.accountability.inspection.SheetDetail;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 自查填报 (inspection/sheet.xhtml?no=…&amp;enterprise=…): one enterprise's answer sheet. The liaison answers item by
 * item (无问题 / 发现问题 with description, amount and evidence), saves, submits; OFFICE accepts or sends back with an
 * opinion, and turns a problem found into a clue (summary and amount prefilled, editable in the confirmation).
 */
@Named
@ViewScoped
public class InspectionSheetView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The confirmed steps of the dialog. */
    public enum Step { SUBMIT, ACCEPT, RETURN, MAKE_CLUE }

    /** An item's answer being edited. */
    public static final class Edit implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long itemId;
        private AnswerResult result;
        private String description;
        private BigDecimal amount;

        Edit(AnswerDetail a) {
            this.itemId = a.itemId();
            this.result = a.result();
            this.description = a.description();
            this.amount = a.amount();
        }

        public long getItemId() { return itemId; }
        public AnswerResult getResult() { return result; }
        public void setResult(AnswerResult v) { this.result = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { this.description = v; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal v) { this.amount = v; }
    }

    @EJB
    private AnswerSheetService sheets;

    private String no;
    private String enterprise;
    private SheetDetail detail;
    private List<Edit> edits = new ArrayList<>();
    private Long filesFor;
    private transient UploadedFiles uploads;
    private Step pending;
    private Long clueItem;
    private String opinion;
    private BigDecimal clueAmount;

    public void load() {
        detail = null;
        detail = sheets.sheet(no, enterprise);
        edits = new ArrayList<>(detail.answers().stream().map(Edit::new).toList());
    }

    /** Saves every item given an answer (and the files chosen for one item). */
    public void save() {
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
        List<AnswerData> answers = edits.stream().filter(e -> e.getResult() != null)
                .map(e -> new AnswerData(e.getItemId(), e.getResult(), e.getDescription(), e.getAmount())).toList();
        sheets.answer(no, enterprise, answers, filesFor, chosen, detail.version());
        filesFor = null;
        load();
        Pages.info("inspection.done.saved");
    }

    public void prepare(Step step) {
        prepare(step, null);
    }

    /** Opens the confirmation of a step; a clue's summary and amount come prefilled from the answer. */
    public void prepare(Step step, Long itemId) {
        pending = step;
        clueItem = itemId;
        opinion = null;
        clueAmount = null;
        if (step == Step.MAKE_CLUE) {
            AnswerDetail a = detail.answers().stream().filter(x -> itemId != null && x.itemId() == itemId).findFirst().orElseThrow();
            opinion = Pages.text("inspection.clue.summary", detail.enterpriseName(), detail.campaign().title(), no,
                    a.position(), a.itemText(), a.description());
            clueAmount = a.amount();
        }
    }

    public void confirm() {
        Step step = pending;
        switch (step) {
            case SUBMIT -> sheets.submit(no, enterprise, detail.version());
            case ACCEPT -> sheets.review(no, enterprise, true, opinion, detail.version());
            case RETURN -> sheets.review(no, enterprise, false, opinion, detail.version());
            case MAKE_CLUE -> sheets.makeClue(no, enterprise, clueItem, opinion, clueAmount, detail.version());
        }
        pending = null;
        opinion = null;
        load();
        String clue = clueItem == null ? null : detail.answers().stream().filter(a -> a.itemId() == clueItem)
                .map(AnswerDetail::clueLedgerNo).findFirst().orElse(null);
        clueItem = null;
        Pages.info("inspection.done." + step.name(), no, clue);
    }

    public StreamedContent file(long id) {
        AnswerSheetService.Download file = sheets.file(no, enterprise, id);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    public AnswerResult[] getResultOptions() { return AnswerResult.values(); }
    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String v) { this.enterprise = v; }
    public SheetDetail getDetail() { return detail; }
    public List<Edit> getEdits() { return edits; }
    public Long getFilesFor() { return filesFor; }
    public void setFilesFor(Long v) { this.filesFor = v; }
    public UploadedFiles getUploads() { return uploads; }
    public void setUploads(UploadedFiles v) { this.uploads = v; }
    public Step getPending() { return pending; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String v) { this.opinion = v; }
    public BigDecimal getClueAmount() { return clueAmount; }
    public void setClueAmount(BigDecimal v) { this.clueAmount = v; }
}
