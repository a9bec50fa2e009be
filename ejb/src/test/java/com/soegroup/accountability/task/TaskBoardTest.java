package com.soegroup.accountability.task;

import com.soegroup.accountability.shared.Task;
import com.soegroup.accountability.shared.TaskKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskBoardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static Task task(TaskKind kind, String no, LocalDate due) {
        return Task.due(kind, no, "标题 " + no, due, TODAY, "/clue/detail.xhtml?no=" + no);
    }

    @Test
    void aTaskIsOverdueOnlyAfterItsDeadline() {
        assertTrue(task(TaskKind.SUPERVISION_DEADLINE, "A", TODAY.minusDays(1)).overdue());
        assertFalse(task(TaskKind.SUPERVISION_DEADLINE, "A", TODAY).overdue(), "due today is not late yet");
        assertFalse(task(TaskKind.CLUE_TO_CHECK, "A", null).overdue(), "no deadline, never overdue");
    }

    @Test
    void overdueComesFirstThenTheSoonestDeadlineThenWorkWithoutOne() {
        Task noDeadline = task(TaskKind.CLUE_TO_CHECK, "N", null);
        Task later = task(TaskKind.SUPERVISION_DEADLINE, "L", TODAY.plusDays(5));
        Task soon = task(TaskKind.PROGRESS_DUE, "S", TODAY);
        Task late = task(TaskKind.CHECK_DEADLINE, "O", TODAY.minusDays(3));
        Task lateLess = task(TaskKind.SUPERVISION_DEADLINE, "P", TODAY.minusDays(1));
        assertEquals(List.of(late, lateLess, soon, later, noDeadline),
                TaskBoard.sorted(List.of(noDeadline, later, soon, lateLess, late)));
    }

    @Test
    void theSameWorkNamedTwiceIsListedOnce() {
        Task a = task(TaskKind.CLUE_TO_CHECK, "A", null);
        assertEquals(List.of(a), TaskBoard.sorted(List.of(a, task(TaskKind.CLUE_TO_CHECK, "A", null))));
    }

    @Test
    void groupsWithOverdueWorkComeFirstEachWithItsCounts() {
        List<Task> tasks = List.of(
                task(TaskKind.CLUE_TO_CHECK, "C1", null),
                task(TaskKind.CLUE_TO_CHECK, "C2", null),
                task(TaskKind.SUPERVISION_DEADLINE, "S1", TODAY.plusDays(2)),
                task(TaskKind.SUPERVISION_DEADLINE, "S2", TODAY.minusDays(2)),
                task(TaskKind.PAY_DATA_MISSING, "D1", null));
        List<TaskGroup> groups = TaskBoard.groups(tasks);
        assertEquals(List.of(TaskKind.SUPERVISION_DEADLINE, TaskKind.CLUE_TO_CHECK, TaskKind.PAY_DATA_MISSING),
                groups.stream().map(TaskGroup::kind).toList());
        TaskGroup supervision = groups.get(0);
        assertEquals(2, supervision.count());
        assertEquals(1, supervision.overdue());
        assertEquals(List.of("S2", "S1"), supervision.tasks().stream().map(Task::object).toList(), "overdue first in the group");
        assertEquals(2, groups.get(1).count());
        assertEquals(0, groups.get(1).overdue());
    }

    @Test
    void theSummaryCountsEachKindInTheKindsOrder() {
        List<TaskCount> counts = TaskBoard.counts(List.of(
                task(TaskKind.AWAITING_APPROVAL, "D1", null),
                task(TaskKind.CLUE_TO_CHECK, "C1", null),
                task(TaskKind.CHECK_DEADLINE, "C2", TODAY.minusDays(1)),
                task(TaskKind.CHECK_DEADLINE, "C3", TODAY.plusDays(1))));
        assertEquals(List.of(new TaskCount(TaskKind.CLUE_TO_CHECK, 1, 0), new TaskCount(TaskKind.CHECK_DEADLINE, 2, 1),
                new TaskCount(TaskKind.AWAITING_APPROVAL, 1, 0)), counts);
        assertEquals(List.of(), TaskBoard.counts(List.of()));
    }

    @Test
    void theDigestListsOverdueAndSoonDueWorkByNumberAndDeadlineNeverTheContent() {
        Task overdue = task(TaskKind.SUPERVISION_DEADLINE, "YBJT-XS-2026-0001", TODAY.minusDays(2));
        Task soon = task(TaskKind.CHECK_DEADLINE, "YBJT-XS-2026-0002", TODAY.plusDays(TaskDigest.DAYS_AHEAD));
        Task far = task(TaskKind.CHECK_DEADLINE, "YBJT-XS-2026-0003", TODAY.plusDays(TaskDigest.DAYS_AHEAD + 1));
        Task open = task(TaskKind.AWAITING_APPROVAL, "YBJT-JD-2026-0004", null);
        TaskDigest.Mail mail = TaskDigest.of(List.of(open, far, soon, overdue), TODAY, "https://acc.example.cn/accountability", Locale.ROOT);

        assertEquals("【待办提醒】您有 4 项待办，其中 1 项已逾期", mail.subject());
        String body = mail.body();
        assertTrue(body.startsWith("已逾期或 2026-12-06 前到期：\n"
                + "· 督办到期 YBJT-XS-2026-0001，期限 2026-12-01（已逾期）\n"
                + "· 初核到期 YBJT-XS-2026-0002，期限 2026-12-06\n\n"), body);
        assertFalse(body.contains("YBJT-XS-2026-0003"), "not due within the days ahead");
        assertTrue(body.contains("全部待办：\n· 初核到期：2 项\n· 督办到期：1 项\n· 待审批决定：1 项\n"), body);
        assertTrue(body.contains("https://acc.example.cn/accountability/index.xhtml"), body);
        assertFalse(body.contains("标题"), "a mail leaves the system: no record's content");
    }

    @Test
    void nobodyIsMailedAnEmptyListAndWorkWithoutDeadlinesStillCounts() {
        assertNull(TaskDigest.of(List.of(), TODAY, "x", Locale.ROOT));
        TaskDigest.Mail mail = TaskDigest.of(List.of(task(TaskKind.RECUSAL_TO_SIGN, "YBJS-DC-2026-0001", null)), TODAY, "x", Locale.SIMPLIFIED_CHINESE);
        assertEquals("【待办提醒】您有 1 项待办", mail.subject());
        assertTrue(mail.body().startsWith("全部待办：\n· 待签回避声明：1 项\n"), mail.body());
    }

    @Test
    void whoChoseEnglishGetsTheDigestInEnglish() {
        Task overdue = task(TaskKind.SUPERVISION_DEADLINE, "YBJT-XS-2026-0001", TODAY.minusDays(2));
        TaskDigest.Mail mail = TaskDigest.of(List.of(overdue), TODAY, "x", Locale.ENGLISH);
        assertEquals("[To-do] You have 1 open items, 1 overdue", mail.subject());
        assertTrue(mail.body().contains("- Supervision deadlines YBJT-XS-2026-0001, due 2026-12-01 (overdue)"), mail.body());
    }

    @Test
    void everyKindOfWorkIsNamedInBothLanguagesOfTheDigest() {
        // a kind without its name would stop the morning's digest for everyone who has such work
        for (Locale language : List.of(Locale.ROOT, Locale.ENGLISH)) {
            ResourceBundle texts = TaskDigest.texts(language);
            for (TaskKind kind : TaskKind.values()) {
                assertTrue(texts.containsKey(kind.bundleKey()) && !TaskDigest.kind(texts, kind).isBlank(),
                        kind + " has no name in the digest (" + language + ")");
            }
        }
        assertEquals("待受理线索", TaskDigest.kind(TaskDigest.texts(Locale.SIMPLIFIED_CHINESE), TaskKind.CLUE_TO_CHECK));
        assertEquals("Clues to accept", TaskDigest.kind(TaskDigest.texts(Locale.ENGLISH), TaskKind.CLUE_TO_CHECK));
    }
}
