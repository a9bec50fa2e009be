package com.soegroup.accountability.web.audit;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditChain;
import com.soegroup.accountability.audit.AuditChainService;
import com.soegroup.accountability.audit.AuditFilter;
import com.soegroup.accountability.audit.AuditPage;
import com.soegroup.accountability.audit.AuditRecord;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.ChainCheck;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ApplicationClock;
import com.soegroup.accountability.web.shell.Names;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The audit log page (audit/log.xhtml, ADMIN and AUDITOR): the log with filters, and the check of the hash chain. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 5000;
    private static final int EXPORT_PAGE = 500;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ApplicationClock.ZONE);

    @EJB
    private AuditService audit;

    @EJB
    private AuditChainService chain;

    @Inject
    private Clock clock;

    @Inject
    private Names names;

    private String user;
    private AuditAction action;
    private String objectType;
    private String objectId;
    private LocalDate from;
    private LocalDate to;

    // The table reads its rows while the page is written, too late for the exception handler to keep the page:
    // a refusal is shown here and the table stays empty.
    private final LazyDataModel<AuditRecord> log = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.count(filter());
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            AuditPage page = Pages.readWhileWriting(() -> audit.search(filter(), first, pageSize), null);
            if (page == null) {
                return List.of();
            }
            setRowCount((int) page.total());
            names.preparePeople(page.entries().stream().map(AuditRecord::userId).toList());
            return page.entries();
        }

        @Override
        public String getRowKey(AuditRecord entry) {
            return Long.toString(entry.seq());
        }

        @Override
        public AuditRecord getRowData(String rowKey) {
            return null;
        }
    };

    private AuditFilter filter() {
        return new AuditFilter(blank(user), action, blank(objectType), blank(objectId), from, to);
    }

    /**
     * The log as filtered on screen (the fields as they are now, 查询 pressed or not), newest first, as a workbook;
     * at most {@value #EXPORT_MAX} entries, read a page at a time (each page read is itself logged).
     */
    public StreamedContent getXlsx() {
        AuditFilter filter = filter();
        List<AuditRecord> entries = new ArrayList<>();
        for (int first = 0; entries.size() < EXPORT_MAX; first += EXPORT_PAGE) {
            AuditPage page = audit.search(filter, first, EXPORT_PAGE);
            entries.addAll(page.entries());
            if (page.entries().size() < EXPORT_PAGE || first + EXPORT_PAGE >= page.total()) {
                break;
            }
        }
        names.preparePeople(entries.stream().map(AuditRecord::userId).toList());
        String title = Pages.text("auditLog.title");
        String filterLine = filterSentence();
        return DefaultStreamedContent.builder()
                .name(title + "-" + LocalDate.now(clock) + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(out -> {
                    try {
                        AuditLogWorkbook.write(entries, title, filterLine, names, key -> Pages.text(key), this::time, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** The filter on screen as a sentence: 用户：王敏；操作：状态变更；对象：问题线索 … */
    private String filterSentence() {
        List<String> parts = new ArrayList<>();
        String colon = Pages.text("history.colon");
        if (blank(user) != null) {
            parts.add(Pages.text("auditLog.user") + colon + names.person(blank(user)));
        }
        if (action != null) {
            parts.add(Pages.text("auditLog.action") + colon + Pages.text(action.bundleKey()));
        }
        if (blank(objectType) != null) {
            parts.add(Pages.text("auditLog.objectType") + colon + names.objectType(blank(objectType)));
        }
        if (blank(objectId) != null) {
            parts.add(Pages.text("auditLog.objectId") + colon + blank(objectId));
        }
        if (from != null) {
            parts.add(Pages.text("auditLog.from") + colon + from);
        }
        if (to != null) {
            parts.add(Pages.text("auditLog.to") + colon + to);
        }
        return Pages.text("auditLog.export.filter", parts.isEmpty() ? Pages.text("auditLog.export.all")
                : String.join(Pages.text("history.separator"), parts));
    }

    public void verify() {
        show(chain.verify(false));
    }

    public void verifyFull() {
        show(chain.verify(true));
    }

    private void show(ChainCheck check) {
        AuditChain.Verification verification = check.result();
        if (verification.intact()) {
            Pages.info(check.full() ? "auditLog.chain.intact" : "auditLog.chain.intactSince", verification.entriesChecked());
        } else if (verification.seq() == null) {
            Pages.error("auditLog.chain.broken.sealsRemoved", verification.position());
        } else {
            Pages.error("auditLog.chain.broken." + verification.problem().name(), verification.seq());
        }
        if (check.awaitingSeal() > 0) {
            Pages.info("auditLog.chain.awaitingSeal", check.awaitingSeal());
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public LazyDataModel<AuditRecord> getLog() {
        return log;
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    /** The time of an entry as people in China read it (Faces 4.0 has no converter for Instant). */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** The bundle key of an action stored as text (entries keep the name they were written with). */
    public String actionKey(String name) {
        return "AuditAction." + name;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
