package com.soegroup.accountability.rule.bench;

import com.soegroup.accountability.rule.RuleSetFixtures;
import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.MeasureTaken;
import com.soegroup.accountability.rule.effect.PromotionEffectRule;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.level.LossLevelResult;
import com.soegroup.accountability.rule.level.LossLevelRule;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Recommendation;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.rule.sanction.SanctionRule;
import com.soegroup.accountability.rule.set.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Speed of the rule engine (issue targets: loss level at least 1,000,000 evaluations/s on one core; the
 * promotion effects of 10,000 people with 3 measures each within 50 ms). Not a test: run it with
 * {@code ./mvnw -q -pl ejb -Pbench process-test-classes} and read the figures it prints.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RuleEngineBenchmark {

    private static final int PEOPLE = 10_000;
    private static final Measure[] WITH_EFFECT = {Measure.ADMONISHMENT, Measure.TRANSFER, Measure.DEMOTION,
            Measure.DISMISSAL, Measure.NON_LEADERSHIP_POST, Measure.SUSPENSION};

    private RuleSet rules;
    private BigDecimal[] amounts;
    private BigDecimal[] assets;
    private int next;
    private List<List<MeasureTaken>> people;
    private LocalDate on;

    @Setup
    public void setUp() {
        rules = RuleSetFixtures.yibin();
        Random random = new Random(46);
        amounts = new BigDecimal[1024];
        assets = new BigDecimal[1024];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = BigDecimal.valueOf(random.nextLong(0, 30_000_000_00L), 2);
            assets[i] = i % 10 == 0 ? null : BigDecimal.valueOf(random.nextLong(1_000_000_00L, 5_000_000_000_00L), 2);
        }
        people = new ArrayList<>(PEOPLE);
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int p = 0; p < PEOPLE; p++) {
            List<MeasureTaken> measures = new ArrayList<>(3);
            for (int m = 0; m < 3; m++) {
                LocalDate effective = start.plusDays(random.nextInt(1000));
                measures.add(p % 50 == 0 && m == 0
                        ? MeasureTaken.ban(effective, 5 + random.nextInt(5), "D-" + p)
                        : MeasureTaken.of(WITH_EFFECT[random.nextInt(WITH_EFFECT.length)], effective, "D-" + p + "-" + m));
            }
            people.add(measures);
        }
        on = LocalDate.of(2026, 11, 25);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public LossLevelResult lossLevel() {
        int i = next++ & 1023;
        return LossLevelRule.classify(amounts[i], assets[i], rules);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Recommendation recommendation() {
        int i = next++;
        return SanctionRule.recommend(LossLevel.values()[i % 3], Responsibility.values()[i % 3 == 0 ? 2 : 0],
                i % 4 == 0 ? EnumSet.of(Aggravating.CONCEALED) : EnumSet.noneOf(Aggravating.class),
                EnumSet.noneOf(Exclusion.class),
                i % 5 == 0 ? EnumSet.of(MitigatingCondition.RECOVERED_LOSS) : EnumSet.noneOf(MitigatingCondition.class),
                rules);
    }

    /** One HR batch: every person's standing on one date. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int promotionEffectsOf10000People() {
        int eligible = 0;
        for (List<MeasureTaken> measures : people) {
            Eligibility eligibility = PromotionEffectRule.evaluate(measures, null, on, rules);
            if (eligibility.eligibleForPromotion()) {
                eligible++;
            }
        }
        return eligible;
    }
}
