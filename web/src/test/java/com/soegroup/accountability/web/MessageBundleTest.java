package com.soegroup.accountability.web;

import com.soegroup.accountability.decision.AppealStatus;
import com.soegroup.accountability.decision.DecisionStatus;
import com.soegroup.accountability.decision.Deviation;
import com.soegroup.accountability.decision.LighterBasis;
import com.soegroup.accountability.decision.ReferralKind;
import com.soegroup.accountability.rule.BundleKeyed;
import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.effect.RestrictionKind;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.payback.DeductionSource;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.rule.set.RuleSetStatus;
import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.TaskKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chinese and English bundles carry the same keys, and every code the application shows has its sentence. */
class MessageBundleTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "ValidationMessages"})
    void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> chinese = keys(bundle + "_zh_CN.properties");
        Set<String> english = keys(bundle + "_en.properties");

        assertEquals(chinese, english, () -> "only Chinese: " + minus(chinese, english) + ", only English: " + minus(english, chinese));
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_zh_CN.properties", "messages_en.properties"})
    void everyRoleAndErrorCodeHasItsSentence(String file) throws IOException {
        Set<String> keys = keys(file);
        for (Role role : Role.values()) {
            assertTrue(keys.contains(role.bundleKey()), role.bundleKey());
            assertTrue(keys.contains(role.bundleKey() + ".duty"), role.bundleKey() + ".duty");
        }
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(keys.contains(code.bundleKey()), code.bundleKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_zh_CN.properties", "messages_en.properties"})
    void everyRuleCodeAndRuleInputErrorHasItsSentence(String file) throws IOException {
        Set<String> keys = keys(file);
        List<Class<? extends Enum<?>>> enums = List.of(LossLevel.class, Responsibility.class, Measure.class,
                Aggravating.class, Exclusion.class, MitigatingCondition.class, Outcome.class, RestrictionKind.class,
                DeductionSource.class, RuleSetStatus.class, DecisionStatus.class, Deviation.class, LighterBasis.class,
                ReferralKind.class, AppealStatus.class, TaskKind.class);
        for (Class<? extends Enum<?>> type : enums) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = ((BundleKeyed) constant).bundleKey();
                assertTrue(keys.contains(key), key);
            }
        }
        for (Field field : RuleInputException.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String key = (String) get(field);
                assertTrue(keys.contains(key), key);
            }
        }
    }

    private static Object get(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = MessageBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
