package com.soegroup.accountability.web.rule;

import com.soegroup.accountability.rule.set.ChineseNumerals;
import com.soegroup.accountability.rule.set.Circumstance;
import com.soegroup.accountability.rule.set.CircumstanceArticle;
import com.soegroup.accountability.rule.set.CircumstanceCatalogue;
import com.soegroup.accountability.rule.set.CircumstanceCatalogues;
import com.soegroup.accountability.rule.set.CircumstanceItem;
import com.soegroup.accountability.ruleset.CircumstanceClassifier;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The two-level circumstance picker's state inside a page's view bean (WEB-INF/includes/circumstance-picker.xhtml):
 * first the article (area), then its item, then "add"; the chosen ones as codes ("12-3"). It keeps the catalogue's
 * code only, never the catalogue, so the view state stays small: the catalogue is the rule set's constant.
 */
public class CircumstanceChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String catalogueCode;
    private final List<String> chosen = new ArrayList<>();
    private Integer article;
    private Integer item;

    public CircumstanceChoice(CircumstanceClassifier.Classification classification) {
        this.catalogueCode = classification == null ? null : classification.catalogue().code();
    }

    private Optional<CircumstanceCatalogue> catalogue() {
        return Optional.ofNullable(catalogueCode).flatMap(CircumstanceCatalogues::byCode);
    }

    /** Whether a catalogue is in force: without one the picker shows a sentence instead. */
    public boolean isAvailable() {
        return catalogue().isPresent();
    }

    public List<CircumstanceArticle> getArticles() {
        return catalogue().map(CircumstanceCatalogue::articles).orElse(List.of());
    }

    /** 第十二条 投资并购方面的责任追究: the first level's line. */
    public String articleLabel(CircumstanceArticle a) {
        return catalogue().map(c -> c.articleReference(a) + " " + a.heading()).orElse(a.heading());
    }

    /** The items of the article chosen: the second level. */
    public List<CircumstanceItem> getItems() {
        return getArticles().stream().filter(a -> article != null && a.number() == article).findFirst()
                .map(CircumstanceArticle::items).orElse(List.of());
    }

    /** （三）违规决策、未制定风险防范预案: the second level's line. */
    public String itemLabel(CircumstanceItem i) {
        return i.number() == 0 ? i.shortName() : "（" + ChineseNumerals.of(i.number()) + "）" + i.shortName();
    }

    /** A new article: its first item is preselected, an article without items has only that one. */
    public void articleChanged() {
        List<CircumstanceItem> items = getItems();
        item = items.isEmpty() ? null : items.get(0).number();
    }

    public void add() {
        if (article == null || item == null) {
            return;
        }
        String code = Circumstance.code(article, item);
        if (catalogue().flatMap(c -> c.find(code)).isPresent() && !chosen.contains(code)) {
            chosen.add(code);
        }
    }

    public void remove(String code) {
        chosen.remove(code);
    }

    /** The chosen circumstances with their references and names, in the order chosen. */
    public List<Circumstance> getChosen() {
        return chosen.stream().map(code -> catalogue().flatMap(c -> c.find(code))).flatMap(Optional::stream).toList();
    }

    public List<String> codes() {
        return List.copyOf(chosen);
    }

    /** Starts again from what is stored (a clue's or a finding's circumstances). */
    public void reset(Collection<Circumstance> current) {
        chosen.clear();
        if (current != null) {
            current.forEach(c -> chosen.add(c.code()));
        }
        article = null;
        item = null;
    }

    public Integer getArticle() { return article; }
    public void setArticle(Integer article) { this.article = article; }
    public Integer getItem() { return item; }
    public void setItem(Integer item) { this.item = item; }
}
