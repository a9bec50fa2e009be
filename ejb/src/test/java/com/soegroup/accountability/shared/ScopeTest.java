package com.soegroup.accountability.shared;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScopeTest {

    @Test
    void aSubsidiaryScopeCoversItselfAndBelowButNeitherParentNorSibling() {
        Scope scope = new Scope("liaison", Set.of(Role.LIAISON), "YBJSSJ", Map.of("YBJSSJ", "/1/2/3/"), null);

        assertTrue(scope.covers("/1/2/3/"));
        assertTrue(scope.covers("/1/2/3/40/"));
        assertFalse(scope.covers("/1/2/"), "parent");
        assertFalse(scope.covers("/1/2/4/"), "sibling");
        assertFalse(scope.covers("/1/2/30/"), "a sibling whose id starts with the same digits");
    }

    @Test
    void theQueryPredicateMatchesEachRootWithItsPrefix() {
        Map<String, String> roots = new LinkedHashMap<>();
        roots.put("YBNY", "/1/6/");
        roots.put("YBWT", "/1/13/");
        Scope scope = new Scope("u", Set.of(Role.OFFICE), "YBNY", roots, null);

        Scope.Condition in = scope.within("e.path");

        assertEquals("(e.path LIKE :scopeRoot0 OR e.path LIKE :scopeRoot1)", in.jpql());
        assertEquals(Map.of("scopeRoot0", "/1/13/%", "scopeRoot1", "/1/6/%"), in.parameters());
    }

    @Test
    void aGrantInsideTheHomeSubtreeAddsNothing() {
        Map<String, String> roots = new LinkedHashMap<>();
        roots.put("YBJS", "/1/2/");
        roots.put("YBJSSJ", "/1/2/3/");
        Scope scope = new Scope("u", Set.of(Role.OFFICE), "YBJS", roots, null);

        assertEquals(List.of("YBJS"), scope.rootCodes());
    }

    @Test
    void withoutAHomeEnterpriseNothingIsVisible() {
        Scope scope = new Scope("u", Set.of(Role.OFFICE), null, Map.of(), null);

        assertTrue(scope.isEmpty());
        assertEquals("1 = 0", scope.within("e.path").jpql());
        assertFalse(scope.covers("/1/"));
    }

    @Test
    void recusalExcludesObjectsTheCallersPersonIsInvolvedIn() {
        Scope linked = new Scope("u", Set.of(Role.OFFICE), "YBJT", Map.of("YBJT", "/1/"), 42L);
        Scope unlinked = new Scope("v", Set.of(Role.OFFICE), "YBJT", Map.of("YBJT", "/1/"), null);

        Scope.Condition recusal = linked.notInvolved("CLUE", "c.id");

        assertTrue(recusal.jpql().startsWith("c.id NOT IN (SELECT recusalCLUE.objectId FROM InvolvedPerson"), recusal.jpql());
        assertEquals(Map.of("recusalTypeCLUE", "CLUE", "recusalPersonCLUE", 42L), recusal.parameters());
        assertEquals(Scope.Condition.ALWAYS, unlinked.notInvolved("CLUE", "c.id"));
        assertEquals(Map.of("scopeRoot0", "/1/%", "recusalTypeCLUE", "CLUE", "recusalPersonCLUE", 42L),
                linked.within("c.enterprise.path").and(recusal).parameters());
    }
}
