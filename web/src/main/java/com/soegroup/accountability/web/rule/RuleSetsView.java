package com.soegroup.accountability.web.rule;

import com.soegroup.accountability.ruleset.RuleSetAdminService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** 规则集 (rule/sets.xhtml): every rule set with its status, and copying one to a new draft. */
@Named
@ViewScoped
public class RuleSetsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RuleSetAdminService admin;

    // every rule set with its tables: kept where they were read, read again after the session moved to another node
    private transient List<RuleSetAdminService.Versioned> sets;
    private String sourceCode;
    private String newCode;
    private String newTitle;
    private LocalDate newEffectiveFrom;

    public void prepareCopy(String code) {
        sourceCode = code;
        newCode = null;
        newTitle = null;
        newEffectiveFrom = null;
    }

    public String copy() {
        RuleSetAdminService.Versioned draft = admin.copyToDraft(sourceCode, newCode, newTitle, newEffectiveFrom);
        return "/rule/set?faces-redirect=true&code=" + draft.set().code();
    }

    public List<RuleSetAdminService.Versioned> getSets() {
        if (sets == null) {
            sets = admin.all();
        }
        return sets;
    }

    public String getSourceCode() { return sourceCode; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String newCode) { this.newCode = newCode == null ? null : newCode.trim().toUpperCase(); }
    public String getNewTitle() { return newTitle; }
    public void setNewTitle(String newTitle) { this.newTitle = newTitle; }
    public LocalDate getNewEffectiveFrom() { return newEffectiveFrom; }
    public void setNewEffectiveFrom(LocalDate newEffectiveFrom) { this.newEffectiveFrom = newEffectiveFrom; }
}
