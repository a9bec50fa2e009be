package com.soegroup.accountability.web.org;

import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.org.PersonService;
import com.soegroup.accountability.org.PersonSummary;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The suggestions of the pickers (WEB-INF/includes/picker.xhtml): people of the caller's scope, people who can
 * sign in (a case's team) and enterprises, found by name or number as one types. People records have no pinyin,
 * so a search by pinyin initials is not offered. The choices shown on this page are kept by their key, so the
 * converter gives back the same choice (name and all) without another read.
 */
@Named("picker")
@ViewScoped
public class PickerView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SUGGESTIONS = 12;

    @EJB
    private PersonService people;

    @EJB
    private EnterpriseService enterprises;

    private final Map<String, Pick> shown = new HashMap<>();

    /** The suggestions for what was typed, of the kind the picker's {@code kind} attribute names. */
    public List<Pick> complete(String query) {
        UIComponent component = UIComponent.getCurrentComponent(FacesContext.getCurrentInstance());
        Object kind = component == null ? null : component.getAttributes().get("kind");
        String text = query == null ? "" : query.strip();
        List<Pick> found = switch (kind == null ? "people" : kind.toString()) {
            case "users" -> people.users(text, SUGGESTIONS).stream()
                    .map(u -> new Pick(u.userId(), u.name(), join(u.enterpriseName(), u.department(), u.post()))).toList();
            case "enterprises" -> enterprises(text);
            default -> text.isEmpty() ? List.of() : people.search(text, null, true, null, 0, SUGGESTIONS).people().stream()
                    .map(PickerView::person).toList();
        };
        found.forEach(p -> shown.put(p.key(), p));
        return found;
    }

    /** A choice this page showed, or one the page started with ({@link #keep}). */
    public Pick find(String key) {
        return key == null ? null : shown.get(key);
    }

    /** Makes a choice known to the converter: for a form that starts with choices made (a clue's persons). */
    public Pick keep(Pick pick) {
        shown.put(pick.key(), pick);
        return pick;
    }

    static Pick person(PersonSummary p) {
        return new Pick(p.employeeNo(), p.name(), join(p.enterpriseName(), p.post(), p.employeeNo()));
    }

    private List<Pick> enterprises(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return enterprises.tree().stream()
                .filter(e -> lower.isEmpty() || contains(e.fullName(), lower) || contains(e.shortName(), lower)
                        || contains(e.code(), lower))
                .limit(SUGGESTIONS)
                .map(e -> new Pick(e.code(), name(e), e.shortName() == null ? null : e.fullName()))
                .toList();
    }

    private static String name(EnterpriseSummary e) {
        return e.shortName() == null ? e.fullName() : e.shortName();
    }

    private static boolean contains(String value, String lower) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lower);
    }

    private static String join(String... parts) {
        return String.join("，", Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
