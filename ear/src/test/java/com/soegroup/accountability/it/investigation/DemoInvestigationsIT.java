package com.soegroup.accountability.it.investigation;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo data holds a dozen investigations at every stage, with loss levels the engine determined and findings. */
class DemoInvestigationsIT extends ApplicationIT {

    @Test
    void aDozenDemoInvestigationsAtEveryStage() {
        List<JsonObject> all = Api.as("office").get("/investigations?size=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        Set<String> stages = all.stream().map(i -> i.getString("status")).collect(Collectors.toSet());
        assertEquals(Set.of("PLANNED", "IN_PROGRESS", "REPORT_DRAFTED", "REPORT_APPROVED", "CONCLUDED"), stages);
        JsonObject gas = all.stream().filter(i -> i.getString("title").equals("燃气公司违规对外担保代偿调查")).findFirst().orElseThrow();
        JsonObject loss = Api.as("office").get("/investigations/" + gas.getString("caseNo") + "/loss").json();
        assertEquals("MAJOR", loss.getJsonObject("determination").getString("level"), "12,600,000 yuan is MAJOR");
        assertEquals("12600000.00", loss.getJsonObject("totals").getString("counted"));
        JsonObject findings = Api.as("office").get("/investigations/" + gas.getString("caseNo") + "/findings").json();
        assertEquals("DIRECT", findings.getJsonArray("subjects").getJsonObject(0).getString("responsibility"));
        assertTrue(all.size() >= 12, () -> "investigations: " + all.size());
        assertTrue(Api.as("investigator").get("/investigations?size=500").json().getInt("total") >= 10, "the demo investigator leads ten teams");
    }
}
