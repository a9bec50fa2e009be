package com.soegroup.accountability.web.org;

import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.org.ScopeOverride;
import com.soegroup.accountability.org.UserScopeService;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * ADMIN's page of users' data scopes (org/scopes.xhtml): the users with settings, and a form to set a user's
 * home enterprise (instead of the directory's) and extra enterprises, in force from the user's next request.
 */
@Named
@ViewScoped
public class ScopesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserScopeService scopes;

    @EJB
    private EnterpriseService enterprises;

    // both read again where the session is, not carried with it: every user with settings, the enterprise tree
    private transient List<ScopeOverride> overrides;
    private transient List<EnterpriseSummary> enterpriseChoices;
    private String userId;
    private String homeEnterprise;
    private List<String> grants = new ArrayList<>();
    private String note;
    private Integer version;

    public void edit(ScopeOverride o) {
        userId = o.userId();
        homeEnterprise = o.homeEnterprise();
        grants = new ArrayList<>(o.grants());
        note = o.note();
        version = o.version();
    }

    public void clear() {
        userId = null;
        homeEnterprise = null;
        grants = new ArrayList<>();
        note = null;
        version = null;
    }

    public void save() {
        ScopeOverride saved = scopes.save(userId == null ? null : userId.strip(), homeEnterprise, grants, note, version);
        Pages.info("scopes.saved", saved.userId());
        clear();
        overrides = scopes.overrides();
    }

    public void remove(ScopeOverride o) {
        scopes.remove(o.userId());
        Pages.info("scopes.removed", o.userId());
        overrides = scopes.overrides();
        if (o.userId().equals(userId)) {
            clear();
        }
    }

    public List<ScopeOverride> getOverrides() {
        if (overrides == null) {
            overrides = scopes.overrides();
        }
        return overrides;
    }

    public List<EnterpriseSummary> getEnterpriseChoices() {
        if (enterpriseChoices == null) {
            enterpriseChoices = enterprises.tree();
        }
        return enterpriseChoices;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getHomeEnterprise() {
        return homeEnterprise;
    }

    public void setHomeEnterprise(String homeEnterprise) {
        this.homeEnterprise = homeEnterprise;
    }

    public List<String> getGrants() {
        return grants;
    }

    public void setGrants(List<String> grants) {
        this.grants = grants == null ? new ArrayList<>() : new ArrayList<>(grants);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isEditing() {
        return version != null;
    }
}
