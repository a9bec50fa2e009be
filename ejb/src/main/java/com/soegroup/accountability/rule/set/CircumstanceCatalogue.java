package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.Checks;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The violations a rule set names, article by article, item by item, copied from its source (the municipal set:
 * M§7 第七条 – M§16 第十六条; the central set: O63 二 (一)–(十)). A case cites them by article and item.
 *
 * @param document how a document names the source in a citation, e.g. {@code 《实施办法》}
 * @param style    whether the source numbers articles (第十二条第（三）项) or a part's paragraphs (第二部分第（六）项)
 */
public record CircumstanceCatalogue(String code, String document, Style style,
                                    List<CircumstanceArticle> articles) implements Serializable {

    /** How the source is cited. */
    public enum Style {
        /** 第十二条第（三）项: articles of measures, numbered items. */
        ARTICLE_ITEM,
        /** 第二部分第（六）项: paragraphs of part 二 of the opinions; their clauses are cited by short name. */
        PART_PARAGRAPH
    }

    public CircumstanceCatalogue {
        Checks.text(code, "code");
        Checks.text(document, "document");
        Checks.required(style, "style");
        articles = List.copyOf(Checks.required(articles, "articles"));
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            if (!numbers.add(articles.get(i).number())) {
                throw Checks.inconsistent("articles[" + i + "]", "article " + articles.get(i).number() + " twice");
            }
        }
    }

    public Optional<Circumstance> find(int article, int item) {
        return articles.stream().filter(a -> a.number() == article).findFirst()
                .flatMap(a -> a.items().stream().filter(i -> i.number() == item).findFirst()
                        .map(i -> circumstance(a, i)));
    }

    /** The circumstance a code such as {@code "12-3"} names; empty for anything else. */
    public Optional<Circumstance> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String[] parts = code.strip().split("-", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return find(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Every circumstance in the source's order. */
    public List<Circumstance> all() {
        return articles.stream().flatMap(a -> a.items().stream().map(i -> circumstance(a, i))).toList();
    }

    /** The article's own reference, 第十二条 or 第二部分第（六）项. */
    public String articleReference(CircumstanceArticle article) {
        return switch (style) {
            case ARTICLE_ITEM -> "第" + ChineseNumerals.of(article.number()) + "条";
            case PART_PARAGRAPH -> "第二部分第（" + ChineseNumerals.of(article.number()) + "）项";
        };
    }

    private Circumstance circumstance(CircumstanceArticle article, CircumstanceItem item) {
        String reference = document + articleReference(article);
        if (style == Style.ARTICLE_ITEM && item.number() > 0) {
            reference += "第（" + ChineseNumerals.of(item.number()) + "）项";
        }
        return new Circumstance(code, article.area(), article.number(), item.number(), article.heading(),
                item.shortName(), item.text(), reference);
    }
}
