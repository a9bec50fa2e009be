package com.soegroup.accountability.api.rule;

import com.soegroup.accountability.rule.set.Circumstance;
import com.soegroup.accountability.rule.set.CircumstanceCatalogue;
import com.soegroup.accountability.ruleset.CircumstanceClassifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The JSON shapes of circumstance classification (违规情形, M§7–M§16; O63 二 in the central set): a rule set's
 * catalogue, and a circumstance as a clue, a finding or a decision cites it.
 * A circumstance is named by its {@code code}, article and item ("12-3"; "16-0" for an article without items),
 * within the rule set that classified it.
 */
public final class CircumstanceDtos {

    private CircumstanceDtos() {
    }

    /** A catalogue with its articles (one per area) and their items, the texts as the source writes them. */
    @Schema(name = "CircumstanceCatalogue")
    public record Catalogue(String ruleSet, String ruleSetTitle, String catalogue, String document,
                            List<Article> articles) {
        public static Catalogue of(CircumstanceClassifier.Classification c) {
            CircumstanceCatalogue catalogue = c.catalogue();
            return new Catalogue(c.ruleSet(), c.title(), catalogue.code(), catalogue.document(),
                    catalogue.articles().stream().map(a -> new Article(a.area().name(), a.number(),
                            catalogue.articleReference(a), a.heading(),
                            catalogue.all().stream().filter(x -> x.article() == a.number()).map(x -> new Item(x.code(),
                                    x.item(), x.shortName(), x.text(), x.reference(), x.citation())).toList())).toList());
        }
    }

    /** An article of the catalogue: its area code, number, reference (第十二条) and heading. */
    @Schema(name = "CircumstanceArticle")
    public record Article(String area, int article, String reference, String heading, List<Item> items) {
    }

    /** An item: its code, number (0 for an article without items), short name, text and citation. */
    @Schema(name = "CircumstanceItem")
    public record Item(String code, int item, String shortName, String text, String reference, String citation) {
    }

    /** A circumstance a record carries: the catalogue that lists it and where it stands in it. */
    @Schema(name = "Circumstance")
    public record Cited(String catalogue, String code, String area, int article, int item, String shortName,
                        String citation) {
        public static List<Cited> of(List<Circumstance> list) {
            return list == null ? List.of() : list.stream().map(c -> new Cited(c.catalogue(), c.code(),
                    c.area().name(), c.article(), c.item(), c.shortName(), c.citation())).toList();
        }
    }
}
