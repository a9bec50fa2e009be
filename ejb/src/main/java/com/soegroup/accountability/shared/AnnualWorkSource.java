package com.soegroup.accountability.shared;

import java.util.List;

/**
 * What an area contributes to the annual accountability work report (篇五 二, "work done"): one
 * {@code @Stateless} bean per area (self-inspection, circulars, duty records, training…) implements it and the
 * annual report collects them all with CDI, so the report imports none of those areas and they import nothing of
 * it. A source counts with SQL aggregates only, within the caller's {@code scope} (and its recusal), for the
 * enterprise subtree at {@code enterprisePath} and the calendar year {@code year}; the report calls it again for
 * the year before to print both.
 */
public interface AnnualWorkSource {

    List<AnnualWorkFact> facts(Scope scope, String enterprisePath, int year);
}
