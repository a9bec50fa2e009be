package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.clue.OpenWork;
import com.soegroup.accountability.org.DisplayNames;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;

/**
 * Names instead of codes on pages: {@code #{names.person(h.userId())}} shows 王敏 for {@code office} (pages keep
 * the sign-in name as the tooltip), {@code #{names.enterprise(code)}} the enterprise's name, and
 * {@code #{names.history(h.details())}} a history line's details as a sentence ({@link HistoryText}). The
 * anonymous public form shows as 匿名举报人, scheduled jobs as 系统. Names are read once per request and code.
 */
@Named
@RequestScoped
public class Names implements HistoryText.Names {

    /** Who the public form records as its user (clue.AnonymousReportService.REGISTRAR). */
    static final String PUBLIC_FORM = "public-form";

    /** Who a scheduled job (the container's unauthenticated caller) and a migration (V47) record as their user. */
    private static final Set<String> SYSTEM = Set.of("anonymous", "system");

    @EJB
    private DisplayNames names;

    private final Map<String, String> people = new HashMap<>();
    private final Map<String, String> employees = new HashMap<>();
    private final Map<String, String> enterprises = new HashMap<>();

    /** Reads the names of these sign-in names at once (a table's page), instead of one query per row. */
    public void preparePeople(Collection<String> userIds) {
        List<String> missing = userIds.stream().filter(u -> u != null && !people.containsKey(u)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<String, String> found = names.people(missing);
            missing.forEach(u -> people.put(u, found.get(u)));
        }
    }

    @Override
    public String person(String userId) {
        if (userId == null || userId.isBlank() || SYSTEM.contains(userId)) {
            return text("names.system");
        }
        if (PUBLIC_FORM.equals(userId)) {
            return text("names.anonymousReporter");
        }
        preparePeople(List.of(userId));
        String name = people.get(userId);
        return name == null ? userId : name;
    }

    @Override
    public String employee(String employeeNo) {
        if (employeeNo == null || employeeNo.isBlank()) {
            return "";
        }
        if (!employees.containsKey(employeeNo)) {
            employees.put(employeeNo, names.employees(List.of(employeeNo)).get(employeeNo));
        }
        String name = employees.get(employeeNo);
        return name == null ? employeeNo : name;
    }

    @Override
    public String enterprise(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        if (!enterprises.containsKey(code)) {
            enterprises.put(code, names.enterprises(List.of(code)).get(code));
        }
        String name = enterprises.get(code);
        return name == null ? code : name;
    }

    /** Enterprises by their full names (a sentence's list: 示范发展集团有限公司、示范能源有限公司). */
    public String enterprises(Collection<String> codes) {
        Map<String, String> found = names.enterpriseFullNames(codes);
        return String.join(text("history.and"), codes.stream().map(c -> found.getOrDefault(c, c)).toList());
    }

    /** The details of a history line as a sentence in the page's language. */
    public String history(String details) {
        return new HistoryText(bundle(), this).details(details);
    }

    /** A value of a field as a person reads it (a code in words, a sign-in name as a name). */
    public String value(String field, String value) {
        if ("details".equals(field) && value != null && value.contains("=")) {
            return history(value);
        }
        if ("filter".equals(field) && value != null && value.contains("=")) {
            return new HistoryText(bundle(), this).filter(value);
        }
        return new HistoryText(bundle(), this).value(field, value);
    }

    /** The label of a field of a record (history.field.*), or the field's key when it has none. */
    public String field(String key) {
        return new HistoryText(bundle(), this).label(key);
    }

    /**
     * A piece of open work that holds a clue (未完结工作) as its sentence, the statuses among its arguments in words
     * (调查 YBJT-DC-2026-0003 尚未办结（当前状态：报告起草）, never REPORT_DRAFTED).
     */
    public String work(OpenWork work) {
        HistoryText text = new HistoryText(bundle(), this);
        return Pages.text(work.messageKey(), work.arguments().stream().map(a -> text.value("status", a)).toArray());
    }

    /** Roles as the audit log keeps them ({@code OFFICE,LEADER}) in words. */
    public String roles(String roles) {
        if (roles == null || roles.isBlank()) {
            return "";
        }
        Function<String, String> bundle = bundle();
        return String.join(text("history.and"), Arrays.stream(roles.split(",")).map(String::strip)
                .map(r -> {
                    String text = bundle.apply("Role." + r);
                    return text == null ? r : text;
                }).toList());
    }

    /** The kind of object an audit entry is about, in words ({@code AuditObject.*}); the code for one the bundle lacks. */
    public String objectType(String type) {
        if (type == null || type.isBlank()) {
            return "";
        }
        String text = bundle().apply("AuditObject." + type);
        return text == null ? type : text;
    }

    private static String text(String key) {
        return Pages.text(key);
    }

    /** The page's bundle, answering null for a key it lacks. */
    private static Function<String, String> bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return key -> bundle.containsKey(key) ? bundle.getString(key) : null;
    }
}
