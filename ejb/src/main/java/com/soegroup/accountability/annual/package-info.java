/**
 * The annual accountability work report (年度责任追究工作情况报告, 篇五) and the quarterly and half-year filings
 * (定期报送). Reads its figures from {@code statistics} (the one source), the organs from {@code org}, the rules
 * filed from {@code ruleset}, the prevention areas' work through {@code shared.AnnualWorkSource}; imports no case area.
 */
package com.soegroup.accountability.annual;
