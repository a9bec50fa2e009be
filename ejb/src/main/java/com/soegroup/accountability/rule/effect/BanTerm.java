package com.soegroup.accountability.rule.effect;

import com.soegroup.accountability.rule.Checks;

import java.io.Serializable;

/** The shortest ban a decision may impose, M§27(3) (第二十七条: 五年直至终身); a life ban is always allowed. */
public record BanTerm(int minimumYears, String article) implements Serializable {

    public BanTerm {
        if (minimumYears <= 0) {
            throw Checks.inconsistent("minimumYears", Integer.toString(minimumYears));
        }
        Checks.text(article, "article");
    }
}
