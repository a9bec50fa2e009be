/**
 * The pages: one {@code <Area><Page>View} per page in the area's package ({@code web.clue}, {@code web.decision}…),
 * {@code @ViewScoped}, calling the area's services and holding only what the page shows. No business rule and no
 * error handling here: a refusal of a service reaches the one exception handler of {@code web.shell}, which shows
 * its sentence and keeps the page. {@code web.shell} holds the frame every page shares (template's bean, sign-in,
 * messages, formats).
 */
package com.soegroup.accountability.web;
