package com.soegroup.accountability.it.duty;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.DutyFixtures;
import com.soegroup.accountability.testsupport.pages.DutyRecordPage;
import com.soegroup.accountability.testsupport.pages.DutyRecordsPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A duty record as its users keep it: the liaison enters the meeting and its participants (one against, with
 * reasons), uploads the minutes, confirms it, and the record no longer offers an edit, only a correction; the office finds it in the
 * person's decision history. Both pages also at a phone's width.
 */
class DutyRecordBrowserIT extends ApplicationIT {

    @Test
    void theLiaisonRecordsAndConfirmsAndTheOfficeFindsItByPerson() throws IOException {
        try (DecisionFixtures db = DecisionFixtures.open()) {
            db.person("DUTYB-1-" + System.nanoTime() % 100000, "上官主持", "YBJSSJ", null);
            db.person("DUTYB-2-" + System.nanoTime() % 100000, "司马反对", "YBJSSJ", null);
        }
        String no;
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("liaison", "liaison");
            DutyRecordPage form = DutyRecordsPage.open(browser).create();
            form.enterprise("示范设计院").meeting("设计院党委会第7次").matter("为设计院全资子公司提供800万元借款")
                    .participant(0, "上官主持", "主持", "同意", null)
                    .participant(1, "司马反对", "参会", "反对", "借款对象资不抵债，未经风险评估");
            form.screenshot("duty-record-form");
            DutyRecordPage record = form.create();
            no = record.recordNo();
            assertTrue(no.startsWith("YBJSSJ-LZ-"), no);
            assertEquals("草稿", record.status());
            assertTrue(record.participants().contains("未经风险评估"), record.participants());
            Path minutes = Files.createTempFile("duty-", ".txt");
            Path named = Files.move(minutes, minutes.resolveSibling("党委会会议纪要-" + System.nanoTime() % 100000 + ".txt"));
            Files.writeString(named, "设计院党委会第7次会议纪要", StandardCharsets.UTF_8);
            record.upload(named);
            assertTrue(record.files().contains(named.getFileName().toString()), record.files());
            assertEquals("草稿", record.status(), "a document leaves the record a draft");
            record.confirm();
            assertFalse(record.offersUpload(), "a confirmed record's documents are frozen");
            assertTrue(record.files().contains(named.getFileName().toString()), record.files());
            assertFalse(record.offersEdit(), "a confirmed record is never edited");
            assertTrue(record.offersCorrection(), "it is corrected by a new version");
            assertFalse(record.participants().matches("(?s).*\\b(DISAGREE|PRESIDING|AGREE)\\b.*"), "names, not codes");
            record.screenshot("duty-record-confirmed");
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            DutyRecordsPage history = DutyRecordsPage.open(browser).person("司马反对");
            assertTrue(history.table().contains(no) && history.table().contains("上官主持"), history.table());
            history.screenshot("duty-records-person");
        }
    }

    @Test
    void thePagesFitAPhone() {
        String no = DutyFixtures.confirmed("liaison", DutyFixtures.body("YBJSSJ", TODAY, "手机宽度检查的决策事项", personOf(), null));
        try (Browser browser = Browser.openPhone()) {
            SignInPage.open(browser).signIn("office", "office");
            DutyRecordsPage list = DutyRecordsPage.open(browser);
            list.screenshot("duty-records-phone");
            assertEquals(0, list.horizontalOverflow(), "the list scrolls sideways");
            assertEquals(List.of(), list.outsideTheWidth());
            DutyRecordPage record = DutyRecordPage.open(browser, no);
            record.screenshot("duty-record-phone");
            assertEquals(0, record.horizontalOverflow(), "the record scrolls sideways");
            assertEquals(List.of(), record.outsideTheWidth());
        }
    }

    private static String personOf() {
        try (DecisionFixtures db = DecisionFixtures.open()) {
            return db.person("手机宽度主持人", "YBJSSJ");
        }
    }
}
