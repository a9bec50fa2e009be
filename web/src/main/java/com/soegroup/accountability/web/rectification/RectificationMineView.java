package com.soegroup.accountability.web.rectification;

import com.soegroup.accountability.rectification.RectificationFilter;
import com.soegroup.accountability.rectification.RectificationService;
import com.soegroup.accountability.rectification.RectificationStatus;
import com.soegroup.accountability.rectification.RectificationSummary;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 我的整改任务 (rectification/mine.xhtml): the liaison's tasks of their enterprise that wait for material — open
 * or sent back — and those submitted for verification; each opens the task page where the material is submitted.
 */
@Named
@ViewScoped
public class RectificationMineView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @EJB
    private RectificationService rectifications;

    // read again where the session is, not carried with it
    private transient List<RectificationSummary> open;
    private transient List<RectificationSummary> submitted;

    public List<RectificationSummary> getOpen() {
        if (open == null) {
            open = read(EnumSet.of(RectificationStatus.OPEN));
        }
        return open;
    }

    public List<RectificationSummary> getSubmitted() {
        if (submitted == null) {
            submitted = read(EnumSet.of(RectificationStatus.SUBMITTED));
        }
        return submitted;
    }

    private List<RectificationSummary> read(Set<RectificationStatus> statuses) {
        return Pages.readWhileWriting(() -> rectifications.list(new RectificationFilter(null, true, statuses, Set.of(),
                false, null), 0, SHOWN).items(), List.of());
    }
}
