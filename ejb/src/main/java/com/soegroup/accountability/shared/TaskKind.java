package com.soegroup.accountability.shared;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * The kinds of open work of the to-do list (待办), in the order the home page shows them, and the codes of
 * {@code GET /me/tasks}' {@code kind}. An area that creates a new kind of work adds its constant here and a
 * {@link TaskSource} of its own; the names are codes only, so this imports no area.
 */
public enum TaskKind implements BundleKeyed {
    /** OFFICE: a registered clue to send to its preliminary check (待受理线索). */
    CLUE_TO_CHECK,
    /** OFFICE: a whistle-blower's message on the public form's receipt that waits for an answer (待回复举报人). */
    REPORTER_MESSAGE,
    /** OFFICE: a clue being checked whose checking deadline is near or past. */
    CHECK_DEADLINE,
    /** LEADER: a checked clue waiting for 启动追责 or 不予受理. */
    AWAITING_DECISION,
    /** OFFICE, LEADER, LIAISON: a flagged supervision whose deadline is near or past (督办到期). */
    SUPERVISION_DEADLINE,
    /** OFFICE, LEADER, LIAISON: the supervision's periodic progress is due. */
    PROGRESS_DUE,
    /** Any team member: a recusal declaration to sign (待签回避声明). */
    RECUSAL_TO_SIGN,
    /** OFFICE: a planned investigation to start once its team leader has signed. */
    CASE_TO_START,
    /** Team members: an investigation under way whose report is to be drafted. */
    REPORT_TO_DRAFT,
    /** LEADER: a drafted investigation report waiting for approval (待审批报告). */
    REPORT_AWAITING_APPROVAL,
    /** LEADER: a proposed fault-tolerance result waiting for approval (待审批容错). */
    TOLERANCE_AWAITING_APPROVAL,
    /** OFFICE: an approved report whose investigation is to be concluded. */
    CASE_TO_CONCLUDE,
    /** OFFICE: a LARGER or MAJOR case that needs its one-event-one-report (一事一报告待报). */
    INCIDENT_REPORT_DUE,
    /** OFFICE: a proposed decision without its legality review. */
    LEGAL_REVIEW_NEEDED,
    /** LEADER: a reviewed decision waiting for approval (待审批决定). */
    AWAITING_APPROVAL,
    /** OFFICE: an approved decision to serve on the person. */
    TO_SERVE,
    /** LEADER: an appeal waiting for its result. */
    APPEAL_AWAITING_RESULT,
    /** HR: a served decision that deducts pay while the person's pay of the year is not entered (待录入薪酬). */
    PAY_DATA_MISSING,
    /** LIAISON: a rectification task of their enterprise that is open or was sent back (待提交整改材料). */
    RECTIFICATION_TO_SUBMIT,
    /** OFFICE: a submitted rectification to verify (待验收整改). */
    RECTIFICATION_TO_VERIFY,
    /** OFFICE: a rectification task past its deadline (整改逾期). */
    RECTIFICATION_OVERDUE,
    /** LEADER: a request to extend a rectification deadline (待审批延期). */
    RECTIFICATION_EXTENSION,
    /** OFFICE: a concluded case with a balance still to recover, not followed up this quarter (待跟进追损). */
    RECOVERY_FOLLOW_UP,
    /** LEADER: the office asks to write a case's outstanding balance off as irrecoverable (待审批核销). */
    IRRECOVERABLE_AWAITING_APPROVAL,
    /** ADMIN: a year whose working-day calendar is not kept, so its deadlines count Monday to Friday (节假日未维护). */
    CALENDAR_MISSING,
    /** LEADER: a one-event-one-report waiting for approval before it is sent (一事一报告待审批). */
    INCIDENT_REPORT_TO_APPROVE,
    /** LEADER: an extension of the preliminary-check report's deadline waiting for approval (初核报告延期待审批). */
    INCIDENT_EXTENSION_TO_APPROVE,
    /** LEADER: a warning circular or published handling result waiting for approval (通报待审批). */
    CIRCULAR_TO_APPROVE,
    /** OFFICE: an approved circular to publish to its recipients (通报待发布). */
    CIRCULAR_TO_PUBLISH,
    /** OFFICE: last year's annual work report, from January 1 until it is submitted (年度报告待编制). */
    ANNUAL_REPORT_DUE,
    /** LEADER: a submitted annual work report waiting for approval (年度报告待审批). */
    ANNUAL_REPORT_TO_APPROVE,
    /** LIAISON: a self-inspection answer sheet of their enterprise to fill in and submit (待填报自查). */
    CAMPAIGN_TO_ANSWER,
    /** OFFICE: a submitted self-inspection answer sheet to review (待审核自查). */
    CAMPAIGN_TO_REVIEW,
    /** OFFICE: a self-inspection answer sheet past the campaign's due date, not submitted (自查逾期). */
    CAMPAIGN_OVERDUE,
    /** LIAISON (own enterprise) and OFFICE (scope): a duty record still a draft, to complete and confirm (履职记录待确认). */
    DUTY_RECORD_TO_CONFIRM
}
