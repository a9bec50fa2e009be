package com.soegroup.accountability.web.effect;

import com.soegroup.accountability.effect.BanEntry;
import com.soegroup.accountability.effect.EffectExports;
import com.soegroup.accountability.effect.EffectService;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The ban list page (effect/bans.xhtml): the bans in force on a date, with CSV and Excel exports of what is shown. */
@Named
@ViewScoped
public class BanListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EffectService effects;

    private LocalDate activeOn;
    private LocalDate shownOn;
    // every ban in force in the scope: kept where it was read, read again for the date shown after the session moved
    private transient List<BanEntry> bans;
    private boolean listed;

    /** The bans in force today, read by the page's view action: a refusal is then shown on the page like any other. */
    public void load() {
        activeOn = effects.today();
        show();
    }

    /** The bans in force on the date; none when the service refuses the date. */
    public void show() {
        bans = List.of();
        listed = false;
        if (activeOn == null) {
            activeOn = effects.today();
        }
        bans = effects.bans(activeOn);
        shownOn = activeOn;
        listed = true;
    }

    public StreamedContent getCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EffectExports.bansCsv(getBans(), key -> Pages.text(key), out);
        return file(out.toByteArray(), "csv", "text/csv; charset=UTF-8");
    }

    public StreamedContent getXlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EffectExports.bansXlsx(getBans(), shownOn, key -> Pages.text(key), out);
        return file(out.toByteArray(), "xlsx", EffectExports.XLSX);
    }

    private StreamedContent file(byte[] content, String extension, String type) {
        return DefaultStreamedContent.builder().name("bans-" + shownOn + "." + extension).contentType(type)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    public LocalDate getActiveOn() {
        return activeOn;
    }

    public void setActiveOn(LocalDate activeOn) {
        this.activeOn = activeOn;
    }

    public LocalDate getShownOn() {
        return shownOn;
    }

    public List<BanEntry> getBans() {
        if (bans == null) {
            bans = listed ? Pages.readWhileWriting(() -> effects.bans(shownOn), List.of()) : List.of();
        }
        return bans;
    }
}
