package com.soegroup.accountability.web.org;

import com.soegroup.accountability.org.ImportError;
import com.soegroup.accountability.org.ImportKind;
import com.soegroup.accountability.org.ImportResult;
import com.soegroup.accountability.org.ImportTemplates;
import com.soegroup.accountability.org.OrgImportService;
import com.soegroup.accountability.web.shell.Pages;
import com.soegroup.accountability.web.shell.ShellView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The import page (org/import.xhtml): choose what the file holds, download its template, upload; the page
 * shows what was saved or, when nothing was, every bad row with its column and reason.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrgImportService imports;

    @Inject
    private ShellView shell;

    private List<ImportKind> kinds;
    private ImportKind kind;
    // the refused file's report is all that is kept of an upload: it cannot be read again without the file
    private List<Row> errors = List.of();

    /** One row of the error report, with its reason already in the user's language. */
    public record Row(int row, String column, String reason) implements Serializable {
        public int getRow() {
            return row;
        }

        public String getColumn() {
            return column;
        }

        public String getReason() {
            return reason;
        }
    }

    @PostConstruct
    void init() {
        kinds = new ArrayList<>();
        if (shell.has("ADMIN")) {
            kinds.add(ImportKind.ENTERPRISES);
            kinds.add(ImportKind.ASSETS);
            kinds.add(ImportKind.PEOPLE);
        }
        if (shell.has("HR")) {
            if (!kinds.contains(ImportKind.PEOPLE)) {
                kinds.add(ImportKind.PEOPLE);
            }
            kinds.add(ImportKind.PAY);
        }
        kind = kinds.isEmpty() ? null : kinds.get(0);
    }

    public void upload(FileUploadEvent event) {
        errors = List.of();
        if (kind == null) {
            return;
        }
        String name = event.getFile().getFileName();
        byte[] content = event.getFile().getContent();
        ImportResult result = switch (kind) {
            case ENTERPRISES -> imports.importEnterprises(name, content);
            case ASSETS -> imports.importAssets(name, content);
            case PEOPLE -> imports.importPeople(name, content);
            case PAY -> imports.importPay(name, content);
        };
        if (result.saved()) {
            Pages.info("import.saved", result.rows(), result.created(), result.updated(), result.unchanged());
        } else {
            errors = result.errors().stream().map(ImportView::row).toList();
            Pages.error("import.rejected", errors.stream().mapToInt(Row::row).distinct().count(), errors.size());
        }
    }

    private static Row row(ImportError e) {
        return new Row(e.row(), e.column(), Pages.text(e.messageKey(), e.arguments().toArray()));
    }

    public StreamedContent getXlsxTemplate() {
        return template(ImportTemplates.Format.XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    public StreamedContent getCsvTemplate() {
        return template(ImportTemplates.Format.CSV, "text/csv");
    }

    private StreamedContent template(ImportTemplates.Format format, String type) {
        byte[] content = imports.template(kind, format);
        return DefaultStreamedContent.builder().name(ImportTemplates.fileName(kind, format)).contentType(type)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    public void kindChanged() {
        errors = List.of();
    }

    public List<ImportKind> getKinds() {
        return kinds;
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public List<Row> getErrors() {
        return errors;
    }

    public List<ImportKind.ImportColumn> getColumns() {
        return kind == null ? List.of() : kind.columns();
    }
}
