package com.soegroup.accountability.web.org;

import com.soegroup.accountability.org.EnterpriseChangeKind;
import com.soegroup.accountability.org.EnterpriseDetail;
import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseStatus;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.org.Restructuring;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The enterprise tree page (org/enterprises.xhtml): the tree of the user's scope, one enterprise's assets and history. */
@Named
@ViewScoped
public class EnterprisesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Clock clock;

    @EJB
    private EnterpriseService enterprises;

    // the tree of the caller's scope (hundreds of enterprises): kept where it was read, built again after the session
    // moved to another node; the selected enterprise is carried by its detail
    private transient TreeNode<EnterpriseSummary> root;
    private transient List<EnterpriseSummary> all;
    private transient TreeNode<EnterpriseSummary> selectedNode;
    private EnterpriseDetail detail;

    private EnterpriseChangeKind changeKind = EnterpriseChangeKind.MOVED;
    private String changeTarget;
    private LocalDate changeDate;
    private String changeReason;

    private void load() {
        all = enterprises.tree();
        root = new DefaultTreeNode<>(null, null);
        Map<String, TreeNode<EnterpriseSummary>> nodes = new HashMap<>();
        for (EnterpriseSummary e : all) {
            TreeNode<EnterpriseSummary> parent = e.parentCode() == null ? root : nodes.getOrDefault(e.parentCode(), root);
            TreeNode<EnterpriseSummary> node = new DefaultTreeNode<>(e, parent);
            node.setExpanded(true);
            nodes.put(e.code(), node);
        }
        if (detail != null) {
            TreeNode<EnterpriseSummary> again = nodes.get(detail.enterprise().code());
            if (again != null) {
                again.setSelected(true);
                selectedNode = again;
            }
        }
    }

    @SuppressWarnings("unchecked")
    public void onSelect(NodeSelectEvent event) {
        show(((TreeNode<EnterpriseSummary>) event.getTreeNode()).getData().code());
    }

    /** An enterprise the service refuses shows no details, only the refusal. */
    public void show(String code) {
        detail = null;
        detail = enterprises.detail(code);
    }

    /** ADMIN: moves, merges or closes the selected enterprise; the page then shows the tree as it is now. */
    public void restructure() {
        if (detail == null) {
            return;
        }
        detail = enterprises.restructure(detail.enterprise().code(),
                new Restructuring(changeKind, changeKind == EnterpriseChangeKind.CLOSED ? null : changeTarget,
                        changeDate, changeReason), detail.enterprise().version());
        Pages.info("enterprises.restructured", detail.enterprise().fullName());
        changeReason = null;
        load();
    }

    public List<EnterpriseChangeKind> getChangeKinds() {
        return List.of(EnterpriseChangeKind.MOVED, EnterpriseChangeKind.MERGED, EnterpriseChangeKind.CLOSED);
    }

    /** Active enterprises other than the selected one, as targets of a move or merger. */
    public List<EnterpriseSummary> getTargets() {
        return all().stream().filter(e -> e.status() == EnterpriseStatus.ACTIVE)
                .filter(e -> detail == null || !e.code().equals(detail.enterprise().code())).toList();
    }

    public TreeNode<EnterpriseSummary> getRoot() {
        if (root == null) {
            load();
        }
        return root;
    }

    private List<EnterpriseSummary> all() {
        if (all == null) {
            load();
        }
        return all;
    }

    public TreeNode<EnterpriseSummary> getSelectedNode() {
        if (root == null) {
            load();
        }
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<EnterpriseSummary> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public EnterpriseDetail getDetail() {
        return detail;
    }

    public int getCount() {
        return all().size();
    }

    public EnterpriseChangeKind getChangeKind() {
        return changeKind;
    }

    public void setChangeKind(EnterpriseChangeKind changeKind) {
        this.changeKind = changeKind;
    }

    public String getChangeTarget() {
        return changeTarget;
    }

    public void setChangeTarget(String changeTarget) {
        this.changeTarget = changeTarget;
    }

    public LocalDate getChangeDate() {
        return changeDate;
    }

    public void setChangeDate(LocalDate changeDate) {
        this.changeDate = changeDate;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }
}
