package com.soegroup.accountability.decision;

import com.soegroup.accountability.org.Person;
import com.soegroup.accountability.org.PersonPay;
import com.soegroup.accountability.org.PersonStatus;
import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.payback.ClawBack;
import com.soegroup.accountability.rule.payback.ClawBackRule;
import com.soegroup.accountability.rule.payback.DeductionSource;
import com.soegroup.accountability.rule.payback.EffectiveDeduction;
import com.soegroup.accountability.rule.payback.PayBase;
import com.soegroup.accountability.rule.payback.PayDeduction;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.shared.Chunks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pay part of a decision (rules.md §5, M§28–29): the bases from HR's pay data, the engine's amounts at the
 * decided percentages, and the highest of the deductions ordered for the event.
 * <p>
 * Who is "departed" (O63 §5(2)3): a person who has left, retired or been transferred away by the determination
 * date. Their base is the last year with a performance salary on record up to then, and the term incentive of
 * the set's window ending with that year. For anyone else the determination year's performance salary must be on
 * record: a year not yet entered is missing data, not a sign of having left.
 */
@ApplicationScoped
public class DecisionPayCalculation {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    @PersistenceContext
    private EntityManager em;

    public DecisionPay pay(Decision decision, RuleSet ruleSet, List<DecisionDeduction> deductions,
                                 List<DecisionRecovery> recoveries) {
        Person person = em.find(Person.class, decision.personId());
        List<PersonPay> years = em.createQuery("SELECT p FROM PersonPay p WHERE p.person.id = :id", PersonPay.class)
                .setParameter("id", decision.personId()).getResultList();
        return pay(decision, person, years, ruleSet, deductions, recoveries);
    }

    /**
     * The pay parts of many decisions (HR's worklist) with a handful of queries in all, not a few per decision:
     * the people and their pay years are read together, the deductions and recoveries are handed in per decision
     * id.
     */
    public List<DecisionPay> pays(List<Decision> decisions, Function<String, RuleSet> ruleSets,
                                        Map<Long, List<DecisionDeduction>> deductions,
                                        Map<Long, List<DecisionRecovery>> recoveries) {
        if (decisions.isEmpty()) {
            return List.of();
        }
        Set<Long> personIds = decisions.stream().map(Decision::personId).collect(Collectors.toSet());
        Map<Long, Person> people = new HashMap<>();
        Map<Long, List<PersonPay>> years = new HashMap<>();
        for (List<Long> chunk : Chunks.of(List.copyOf(personIds), 1000)) {
            em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class).setParameter("ids", chunk)
                    .getResultList().forEach(p -> people.put(p.id(), p));
            em.createQuery("SELECT y FROM PersonPay y WHERE y.person.id IN :ids", PersonPay.class).setParameter("ids", chunk)
                    .getResultList().forEach(y -> years.computeIfAbsent(y.person().id(), k -> new ArrayList<>()).add(y));
        }
        return decisions.stream().map(d -> pay(d, people.get(d.personId()), years.getOrDefault(d.personId(), List.of()),
                ruleSets.apply(d.ruleSet()), deductions.getOrDefault(d.id(), List.of()),
                recoveries.getOrDefault(d.id(), List.of()))).toList();
    }

    private static DecisionPay pay(Decision decision, Person person, List<PersonPay> years, RuleSet ruleSet,
                                         List<DecisionDeduction> deductions, List<DecisionRecovery> recoveries) {
        DecisionTerms terms = decision.terms();
        int determinationYear = decision.determinationDate().getYear();
        int window = ruleSet.clawBack().termIncentiveYears();
        Map<Integer, PersonPay> byYear = new TreeMap<>();
        years.stream().filter(row -> row.year() <= determinationYear).forEach(row -> byYear.put(row.year(), row));
        boolean left = person.status() != PersonStatus.ACTIVE && person.statusDate() != null
                && !person.statusDate().isAfter(decision.determinationDate());
        PersonPay current = byYear.get(determinationYear);
        boolean departed = left;
        Optional<Integer> lastYear = departed
                ? byYear.values().stream().filter(p -> p.performanceSalary() != null).map(PersonPay::year).reduce(Math::max)
                : Optional.ofNullable(current).filter(p -> p.performanceSalary() != null).map(PersonPay::year);
        List<RecoveryLine> recovered = recoveries.stream()
                .map(r -> new RecoveryLine(r.recoveredOn(), r.amount(), r.note(), r.recordedBy())).toList();
        BigDecimal recoveredTotal = recoveries.stream().map(DecisionRecovery::amount).reduce(ZERO, BigDecimal::add);
        List<DeductionLine> others = deductions.stream()
                .map(d -> new DeductionLine(d.source(), d.amount(), d.reference())).toList();
        boolean payImposed = isSet(terms.performanceSalaryPercent()) || isSet(terms.termIncentivePercent());
        if (payImposed && lastYear.isEmpty()) {
            return missing(decision, person, terms, departed, others, recovered, recoveredTotal,
                    "decision.pay.missing", List.of(String.valueOf(determinationYear)));
        }
        int year = lastYear.orElse(determinationYear);
        Map<Integer, BigDecimal> terms3 = new TreeMap<>();
        byYear.values().stream().filter(p -> p.year() > year - window && p.year() <= year && p.termIncentive() != null)
                .forEach(p -> terms3.put(p.year(), p.termIncentive()));
        BigDecimal base = Optional.ofNullable(byYear.get(year)).map(PersonPay::performanceSalary).orElse(ZERO);
        PayBase payBase = departed ? PayBase.departed(year, base, terms3) : PayBase.serving(year, base, terms3);
        ClawBack clawBack;
        try {
            clawBack = ClawBackRule.compute(payBase, orZero(terms.performanceSalaryPercent()),
                    orZero(terms.termIncentivePercent()), ruleSet);
        } catch (RuleInputException e) {
            return missing(decision, person, terms, departed, others, recovered, recoveredTotal, e.bundleKey(), List.of());
        }
        List<PayDeduction> all = new ArrayList<>();
        all.add(new PayDeduction(DeductionSource.ACCOUNTABILITY, clawBack.total(), decision.decisionNo()));
        deductions.forEach(d -> all.add(new PayDeduction(d.source(), d.amount(), d.reference())));
        EffectiveDeduction effective = ClawBackRule.effective(all, ruleSet);
        List<String> articles = new ArrayList<>(clawBack.articles());
        if (!deductions.isEmpty()) {
            articles.add(effective.article());
        }
        BigDecimal applicable = effective.effective().amount();
        BigDecimal outstanding = applicable.subtract(recoveredTotal).max(ZERO);
        return new DecisionPay(decision.decisionNo(), decision.employeeNo(), decision.personName(),
                decision.personEnterprise().fullName(), decision.status(), decision.servedOn(), departed, year, base,
                new TreeMap<>(terms3), clawBack.performanceSalaryPercent(), clawBack.termIncentivePercent(),
                clawBack.performanceSalaryAmount(), clawBack.termIncentiveAmount(), clawBack.total(), others,
                new DeductionLine(effective.effective().source(), applicable, effective.effective().reference()),
                articles.stream().distinct().toList(), recovered, recoveredTotal, outstanding,
                terms.deferPerformanceSalary(), terms.endUnexercisedRights(), terms.handBackYears(),
                terms.incentiveBarYears(), terms.incentiveBarPermanent(), null, List.of());
    }

    private static DecisionPay missing(Decision decision, Person person, DecisionTerms terms, boolean departed,
                                             List<DeductionLine> others, List<RecoveryLine> recovered,
                                             BigDecimal recoveredTotal, String key, List<String> args) {
        return new DecisionPay(decision.decisionNo(), decision.employeeNo(), decision.personName(),
                decision.personEnterprise().fullName(), decision.status(), decision.servedOn(), departed, null, null,
                new TreeMap<>(), terms.performanceSalaryPercent(), terms.termIncentivePercent(), null, null, null,
                others, null, List.of(), recovered, recoveredTotal, null, terms.deferPerformanceSalary(),
                terms.endUnexercisedRights(), terms.handBackYears(), terms.incentiveBarYears(),
                terms.incentiveBarPermanent(), key, args);
    }

    private static boolean isSet(BigDecimal percent) {
        return percent != null && percent.signum() > 0;
    }

    private static BigDecimal orZero(BigDecimal percent) {
        return percent == null ? BigDecimal.ZERO : percent;
    }
}
