package com.soegroup.accountability.org;

import java.util.List;

/** One page of a people list and how many match in all. */
public record PersonPage(long total, List<PersonSummary> people) {
}
