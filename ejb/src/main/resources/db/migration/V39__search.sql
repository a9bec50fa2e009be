-- Search (issue 17, item 8): one search over clues, cases, decisions and people by number, name or any words of
-- their text, Chinese included, inside the database so that every node of a cluster reads the same, committed
-- index and the caller's scope and recusal are predicates of the same statement.
--
-- Text is indexed by its character bigrams (the technique of pg_bigm, here in plain SQL over GIN's array support,
-- so no extension is needed). pg_trgm is not used: it cuts text into words by the database's ctype, and under the
-- "C" ctype (the tests', the demo's, and any database created without a locale) it drops every Chinese character
-- (show_trgm('预付账款') is empty); under a UTF-8 ctype a query of two Chinese characters (most Chinese words) still
-- has no trigram to look up. Bigrams find any substring of two characters or more whatever the locale.

-- The overlapping pairs of characters of a text, lower-cased, within runs separated by blanks and common punctuation
-- (Chinese and Western); GIN keeps each pair of a row once. A query word's pairs are all among the pairs of a text
-- that contains the word; the reverse may not hold, so queries also test the substring itself (strpos) on the rows
-- found. IMMUTABLE so that indexes may use it: lower() depends only on the database's ctype, fixed at its creation.
-- PL/pgSQL, twice as fast as the same in one SQL statement (the planner evaluates it on rows too, not only in the
-- index).
CREATE FUNCTION search_bigrams(t text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    word  text;
    pairs text[] := '{}';
BEGIN
    FOREACH word IN ARRAY regexp_split_to_array(lower(t), '[[:space:]　，。、；：！？（）【】“”‘’《》,.;:!?()"''\[\]]+') LOOP
        FOR i IN 1 .. char_length(word) - 1 LOOP
            pairs := pairs || substr(word, i, 2);
        END LOOP;
    END LOOP;
    RETURN pairs;
END
$$;

-- Words of the texts, and numbers from their beginning (varchar_pattern_ops: a LIKE 'prefix%' uses the index
-- whatever the database's collation; the unique indexes serve it only under "C").
CREATE INDEX clue_search_idx ON clue USING gin (search_bigrams(summary));
CREATE INDEX clue_ledger_no_prefix_idx ON clue (ledger_no varchar_pattern_ops);
CREATE INDEX investigation_search_idx ON investigation USING gin (search_bigrams(title || ' ' || plan));
CREATE INDEX investigation_case_no_prefix_idx ON investigation (case_no varchar_pattern_ops);
CREATE INDEX decision_search_idx ON decision USING gin (search_bigrams(person_name || ' ' || facts));
CREATE INDEX decision_no_prefix_idx ON decision (decision_no varchar_pattern_ops);
CREATE INDEX person_search_idx ON person USING gin (search_bigrams(name));
CREATE INDEX person_employee_no_prefix_idx ON person (employee_no varchar_pattern_ops);
