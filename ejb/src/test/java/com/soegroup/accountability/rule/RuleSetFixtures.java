package com.soegroup.accountability.rule;

import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSetJson;
import com.soegroup.accountability.rule.set.RuleSetStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** The shipped rule-set files, read afresh for each test: they are the single source of the numbers under test. */
public final class RuleSetFixtures {

    public static final String YIBIN = "/rulesets/yibin-2020.json";
    public static final String CENTRAL = "/rulesets/sasac-order46-2026.json";

    private RuleSetFixtures() {
    }

    public static RuleSet yibin() {
        return load(YIBIN);
    }

    public static RuleSet central() {
        return load(CENTRAL);
    }

    public static RuleSet load(String resource) {
        try (InputStream in = RuleSetFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + resource);
            }
            return RuleSetJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleSet withStatus(RuleSet set, String code, RuleSetStatus status, LocalDate effectiveFrom) {
        return new RuleSet(code, set.issuer(), set.title(), effectiveFrom, set.filingDate(), status,
                set.tablesReviewed(), set.lossLevels(), set.sanctions(), set.effects(), set.ban(), set.clawBack(),
                set.articles(), set.reporting(), set.circumstanceCatalogue(), set.exemptionList());
    }
}
