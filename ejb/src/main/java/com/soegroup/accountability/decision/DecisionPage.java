package com.soegroup.accountability.decision;

import java.util.List;

public record DecisionPage(List<DecisionSummary> rows, long total) {
}
