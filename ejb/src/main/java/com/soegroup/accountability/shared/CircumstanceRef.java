package com.soegroup.accountability.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/**
 * A circumstance (违规情形) as a clue or a finding stores it: the rule set that classified it, its area, and its
 * article and item in that set's catalogue (item 0: an article without items). The rows of clue_circumstance and
 * finding_circumstance, which statistics count by area, article and item.
 */
@Embeddable
public class CircumstanceRef implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "rule_set", nullable = false)
    private String ruleSet;

    @Column(nullable = false)
    private String area;

    @Column(nullable = false)
    private short article;

    @Column(nullable = false)
    private short item;

    protected CircumstanceRef() {
    }

    public CircumstanceRef(String ruleSet, String area, int article, int item) {
        this.ruleSet = Objects.requireNonNull(ruleSet);
        this.area = Objects.requireNonNull(area);
        this.article = (short) article;
        this.item = (short) item;
    }

    public String ruleSet() { return ruleSet; }
    public String area() { return area; }
    public int article() { return article; }
    public int item() { return item; }

    @Override
    public boolean equals(Object other) {
        return other instanceof CircumstanceRef ref && ruleSet.equals(ref.ruleSet) && article == ref.article
                && item == ref.item;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleSet, article, item);
    }

    @Override
    public String toString() {
        return ruleSet + ":" + article + "-" + item;
    }
}
