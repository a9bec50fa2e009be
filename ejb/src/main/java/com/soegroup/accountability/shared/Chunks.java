package com.soegroup.accountability.shared;

import java.util.ArrayList;
import java.util.List;

/** Splits long lists for IN (...) queries: PostgreSQL's driver takes at most 32767 parameters a statement. */
public final class Chunks {

    private Chunks() {
    }

    public static <T> List<List<T>> of(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }
}
