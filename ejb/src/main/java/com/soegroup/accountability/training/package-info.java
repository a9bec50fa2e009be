/**
 * Training records (业务培训, 篇五 三): the courses an enterprise held on accountability work — organiser, date,
 * hours, the people who took part and how many came from outside — recorded by its OFFICE or LIAISON and counted in
 * the annual report. Imports {@code org}, {@code shared} and {@code audit}; nothing imports it.
 */
package com.soegroup.accountability.training;
