package com.soegroup.accountability.it.investigation;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;

import static com.soegroup.accountability.testsupport.EvidenceFixtures.PDF;
import static com.soegroup.accountability.testsupport.EvidenceFixtures.upload;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.assign;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.opened;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evidence files (type by content, size limit, SHA-256, withdrawn not deleted, downloads logged) and the team's
 * notes (team only).
 */
class EvidenceIT extends ApplicationIT {

    @Test
    void goodFilesAreKeptWithTheirHashBadOnesAreRefusedAndNothingKept() throws Exception {
        String no = opened("YBJSWY", "物业公司证据管理测试", "YB000069");

        Api.Reply ok = upload(no, "审计报告.pdf", PDF);
        assertEquals(201, ok.status(), ok::toString);
        JsonObject file = ok.json();
        assertEquals("application/pdf", file.getString("contentType"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), file.getString("sha256"));

        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        Api.Reply renamed = upload(no, "合同.pdf", exe);
        assertEquals(400, renamed.status(), renamed::toString);
        assertEquals("file", renamed.json().getString("field"));
        assertTrue(renamed.json().getString("message").contains("PDF"), renamed::toString);
        assertEquals(400, upload(no, "空.pdf", new byte[0]).status());
        byte[] big = new byte[8 * 1024 * 1024 + 10];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Api.Reply oversized = upload(no, "大文件.pdf", big);
        assertEquals(400, oversized.status(), oversized::toString);
        assertEquals(1, Api.as("office").get("/investigations/" + no + "/evidence").parse().asJsonArray().size(), "nothing else kept");

        long id = file.getJsonNumber("id").longValue();
        HttpResponse<byte[]> download = Api.as("leader").download("/investigations/" + no + "/evidence/" + id);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        JsonObject logged = Api.as("admin").get("/audit?objectType=EVIDENCE&objectId=" + no + ":" + id + "&action=EXPORT&size=1")
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("leader", logged.getString("user"));
        assertEquals(404, Api.as("investigator").download("/investigations/" + no + "/evidence/" + id).statusCode(), "not on the team");

        assertEquals(400, Api.as("office").post("/investigations/" + no + "/evidence/" + id + "/withdrawal", "{}").status());
        Api.Reply withdrawn = Api.as("office").post("/investigations/" + no + "/evidence/" + id + "/withdrawal",
                "{\"reason\": \"上传错误，以正式审计报告为准\"}");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        JsonObject listed = Api.as("office").get("/investigations/" + no + "/evidence").parse().asJsonArray().getJsonObject(0);
        assertTrue(listed.getBoolean("withdrawn"), "withdrawn, not deleted");
        assertEquals("上传错误，以正式审计报告为准", listed.getString("withdrawnReason"));
    }

    @Test
    void notesAreForTheTeamOnly() {
        String no = opened("YBJS", "建投公司工作组记录测试", "YB000032");
        assertEquals(200, assign(no, "investigator", "LEADER").status());
        assertEquals(409, Api.as("investigator").get("/investigations/" + no + "/notes").status(), "declaration first");
        assertEquals(200, Api.as("investigator").post("/investigations/" + no + "/recusal", "{\"conflict\": false}").status());
        Api.Reply written = Api.as("investigator").post("/investigations/" + no + "/notes", "{\"text\": \"约谈安排：周三上午财务部\"}");
        assertEquals(201, written.status(), written::toString);
        assertEquals(1, Api.as("investigator").get("/investigations/" + no + "/notes").parse().asJsonArray().size());
        assertEquals(404, Api.as("office").get("/investigations/" + no + "/notes").status(), "the office is not on the team");
        assertEquals(404, Api.as("leader").get("/investigations/" + no + "/notes").status());
        assertEquals(404, Api.as("office").post("/investigations/" + no + "/notes", "{\"text\": \"x\"}").status());
    }
}
