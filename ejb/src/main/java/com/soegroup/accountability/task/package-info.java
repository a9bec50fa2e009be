/**
 * The to-do list (待办) of every role: {@link TaskService} collects the open work every area contributes through
 * {@code shared.TaskSource} (one bean per area, found by CDI), for the home page and {@code GET /me/tasks} alike;
 * {@link TaskBoard} orders, groups and counts it; {@link TaskDigestJob} mails each person a daily digest of it
 * through the mail outbox, unless they opted out in their preferences. It imports {@code shared}, {@code mail} and
 * {@code preference}, never a case area: a new area adds a source, not a line here.
 */
package com.soegroup.accountability.task;
