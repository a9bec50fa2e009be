package com.soegroup.accountability.org;

import java.util.List;

/**
 * What an import did. With any {@code errors}, nothing was saved: the counts are then zero and the errors
 * list every bad row. Re-importing the same file counts every row as {@code unchanged}.
 */
public record ImportResult(ImportKind kind, String fileName, int rows, int created, int updated, int unchanged,
                           List<ImportError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean saved() {
        return errors.isEmpty();
    }
}
