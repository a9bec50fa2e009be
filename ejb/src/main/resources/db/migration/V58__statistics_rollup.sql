-- The dashboard's counts of clues and of people held accountable, kept per handling unit and month in step with
-- every write: a million clues are a few thousand rows here. Triggers keep them, not the application, because clues
-- and decisions are written by the services, by imports, by bulk statements and by demo steps alike, and a count
-- that misses one path is wrong for good; in the writer's transaction, so a rollback takes its counts back and every
-- node of a cluster reads the same numbers. statistics.StatisticsRepository reads whole months here and the days at
-- either end of a period, and the records of cases the reader is involved in (recusal), from the tables themselves.
CREATE TABLE stat_month (
    source        VARCHAR(16) NOT NULL,  -- CLUE (by day received), DECISION (people held accountable, by day approved)
    month         DATE        NOT NULL,  -- the first day of the month
    enterprise_id BIGINT      NOT NULL,  -- the handling unit (owner_enterprise_id)
    dim           VARCHAR(16) NOT NULL,  -- what is counted: source, level, status, area, classified; responsibility, postLevel, measure
    value         VARCHAR(64) NOT NULL,  -- its code ('' for none)
    n             BIGINT      NOT NULL,
    PRIMARY KEY (source, month, enterprise_id, dim, value)
);

-- A clue's circumstance areas, distinct and sorted, kept on the clue row so that one row says all it counts for.
ALTER TABLE clue ADD COLUMN stat_areas VARCHAR(32)[] NOT NULL DEFAULT '{}';

-- Whether a decision holds its person accountable (approved or in force, not exempted, not revoked or replaced on
-- appeal) and the person's post level, kept on the decision row for the same reason.
ALTER TABLE decision ADD COLUMN stat_held BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE decision ADD COLUMN stat_post_level VARCHAR(50);

-- Whether a decision holds its person accountable: approved or in force, not exempted, not revoked or replaced on appeal.
CREATE FUNCTION stat_decision_holds(d decision) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT d.status IN ('APPROVED', 'EFFECTIVE', 'EXECUTED') AND d.outcome <> 'EXEMPTED'
        AND NOT EXISTS (SELECT 1 FROM decision_appeal da WHERE da.decision_id = d.id AND da.status IN ('REVOKED', 'CHANGED'))
$$;

-- What one clue counts for: its source, level and status, each area once, and 'classified' if it has any. The one
-- definition: the triggers apply it to the rows a statement changed, the statistics to the days they read.
-- (Columns, not the row: a whole-row argument of an inlined function trips the planner under GROUP BY.)
CREATE FUNCTION stat_clue_counts(p_source VARCHAR, p_level VARCHAR, p_status VARCHAR, p_areas VARCHAR[])
    RETURNS TABLE (dim TEXT, value TEXT) LANGUAGE sql IMMUTABLE AS $$
    SELECT 'source', p_source UNION ALL SELECT 'level', coalesce(p_level, '') UNION ALL SELECT 'status', p_status
    UNION ALL SELECT 'classified', '' WHERE cardinality(p_areas) > 0
    UNION ALL SELECT 'area', a FROM unnest(p_areas) a
$$;

-- What one decision counts for, if it holds its person accountable: its responsibility, the post level, each measure.
CREATE FUNCTION stat_decision_counts(p_held BOOLEAN, p_approved_on DATE, p_responsibility VARCHAR, p_post_level VARCHAR,
                                     p_measures VARCHAR) RETURNS TABLE (dim TEXT, value TEXT) LANGUAGE sql IMMUTABLE AS $$
    SELECT x.dim, x.value FROM (SELECT 'responsibility', p_responsibility UNION ALL SELECT 'postLevel', coalesce(p_post_level, '')
        UNION ALL SELECT 'measure', trim(m) FROM unnest(string_to_array(p_measures, ',')) m) x(dim, value)
    WHERE p_held AND p_approved_on IS NOT NULL
$$;

-- Counts everything again from the records: what this migration does once, and what operations run after data was
-- changed with the triggers disabled (SELECT stat_month_rebuild();). Writers wait meanwhile.
CREATE FUNCTION stat_month_rebuild() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE clue, clue_circumstance, decision, decision_appeal, person, stat_month IN SHARE ROW EXCLUSIVE MODE;
    UPDATE clue c SET stat_areas = coalesce(a.areas, '{}')
    FROM clue k LEFT JOIN (SELECT clue_id, array_agg(DISTINCT area ORDER BY area) AS areas FROM clue_circumstance GROUP BY 1) a
        ON a.clue_id = k.id
    WHERE c.id = k.id AND c.stat_areas IS DISTINCT FROM coalesce(a.areas, '{}');
    UPDATE decision d SET stat_held = x.held, stat_post_level = x.post_level
    FROM (SELECT k.id, stat_decision_holds(k) AS held, p.post_level FROM decision k LEFT JOIN person p ON p.id = k.person_id) x
    WHERE d.id = x.id AND (d.stat_held, d.stat_post_level) IS DISTINCT FROM (x.held, x.post_level);
    DELETE FROM stat_month;
    INSERT INTO stat_month (source, month, enterprise_id, dim, value, n)
    SELECT 'CLUE', CAST(date_trunc('month', c.received_on) AS DATE), c.owner_enterprise_id, v.dim, v.value, count(*)
    FROM clue c CROSS JOIN LATERAL stat_clue_counts(c.source, c.level, c.status, c.stat_areas) v GROUP BY 2, 3, 4, 5;
    INSERT INTO stat_month (source, month, enterprise_id, dim, value, n)
    SELECT 'DECISION', CAST(date_trunc('month', d.approved_on) AS DATE), d.owner_enterprise_id, v.dim, v.value, count(*)
    FROM decision d CROSS JOIN LATERAL stat_decision_counts(d.stat_held, d.approved_on, d.responsibility, d.stat_post_level, d.measures) v
    GROUP BY 2, 3, 4, 5;
END $$;

-- The statement that adds what a statement of a trigger took away and put back (its counts, with a sign), netted; in
-- key order, so that two writers lock the rows they share in the same order and never wait on each other in a cycle.
-- The trigger runs it itself: its transition tables are seen by its own statements only.
CREATE FUNCTION stat_month_upsert(p_source VARCHAR, p_counts TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT format('INSERT INTO stat_month AS s (source, month, enterprise_id, dim, value, n) '
        || 'SELECT %L, x.month, x.enterprise_id, x.dim, x.value, sum(x.sign) FROM (%s) x '
        || 'GROUP BY x.month, x.enterprise_id, x.dim, x.value HAVING sum(x.sign) <> 0 '
        || 'ORDER BY x.month, x.enterprise_id, x.dim, x.value '
        || 'ON CONFLICT (source, month, enterprise_id, dim, value) DO UPDATE SET n = s.n + EXCLUDED.n', p_source, p_counts)
$$;

-- What the rows a statement took away (old_rows, −1) and put back (new_rows, +1) counted for, added to stat_month:
-- one function for both tables, told by the trigger its source, its day column and its counting function.
CREATE FUNCTION stat_month_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    counts TEXT;
BEGIN
    counts := format('SELECT r.owner_enterprise_id AS enterprise_id, CAST(date_trunc(''month'', r.%I) AS DATE) '
        || 'AS month, v.dim, v.value, %%s AS sign FROM %%I r CROSS JOIN LATERAL %s v', TG_ARGV[1], TG_ARGV[2]);
    EXECUTE stat_month_upsert(TG_ARGV[0], CASE TG_OP
        WHEN 'INSERT' THEN format(counts, '1', 'new_rows')
        WHEN 'DELETE' THEN format(counts, '-1', 'old_rows')
        ELSE format(counts, '-1', 'old_rows') || ' UNION ALL ' || format(counts, '1', 'new_rows') END);
    RETURN NULL;
END $$;

CREATE TRIGGER clue_stat_insert AFTER INSERT ON clue REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stat_month_changed(
        'CLUE', 'received_on', 'stat_clue_counts(r.source, r.level, r.status, r.stat_areas)');
CREATE TRIGGER clue_stat_update AFTER UPDATE ON clue REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stat_month_changed(
        'CLUE', 'received_on', 'stat_clue_counts(r.source, r.level, r.status, r.stat_areas)');
CREATE TRIGGER clue_stat_delete AFTER DELETE ON clue REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stat_month_changed(
        'CLUE', 'received_on', 'stat_clue_counts(r.source, r.level, r.status, r.stat_areas)');

-- A clue's circumstances changed: the areas of the clues the statement touched are read again, in one statement (a
-- collection deleted and written back by one flush, or a bulk insert, updates each clue once; an unchanged set
-- writes nothing).
CREATE FUNCTION stat_clue_areas() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('UPDATE clue c SET stat_areas = x.areas FROM (SELECT k.id, coalesce((SELECT array_agg(DISTINCT ci.area ORDER BY ci.area) '
        || 'FROM clue_circumstance ci WHERE ci.clue_id = k.id), ''{}'') AS areas FROM (%s) k) x '
        || 'WHERE c.id = x.id AND c.stat_areas IS DISTINCT FROM x.areas', CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT DISTINCT clue_id AS id FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT DISTINCT clue_id AS id FROM old_rows'
        ELSE 'SELECT clue_id AS id FROM old_rows UNION SELECT clue_id FROM new_rows' END);
    RETURN NULL;
END $$;

CREATE TRIGGER clue_circumstance_stat_insert AFTER INSERT ON clue_circumstance REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stat_clue_areas();
CREATE TRIGGER clue_circumstance_stat_update AFTER UPDATE ON clue_circumstance REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stat_clue_areas();
CREATE TRIGGER clue_circumstance_stat_delete AFTER DELETE ON clue_circumstance REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stat_clue_areas();

-- A decision row says itself whether it holds its person accountable, from its own state and its appeals.
CREATE FUNCTION stat_decision_held() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    NEW.stat_held := stat_decision_holds(NEW);
    IF TG_OP = 'INSERT' OR NEW.person_id IS DISTINCT FROM OLD.person_id THEN
        NEW.stat_post_level := (SELECT p.post_level FROM person p WHERE p.id = NEW.person_id);
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER decision_stat_held BEFORE INSERT OR UPDATE ON decision
    FOR EACH ROW EXECUTE FUNCTION stat_decision_held();

CREATE TRIGGER decision_stat_insert AFTER INSERT ON decision REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stat_month_changed(
        'DECISION', 'approved_on', 'stat_decision_counts(r.stat_held, r.approved_on, r.responsibility, r.stat_post_level, r.measures)');
CREATE TRIGGER decision_stat_update AFTER UPDATE ON decision REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stat_month_changed(
        'DECISION', 'approved_on', 'stat_decision_counts(r.stat_held, r.approved_on, r.responsibility, r.stat_post_level, r.measures)');
CREATE TRIGGER decision_stat_delete AFTER DELETE ON decision REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stat_month_changed(
        'DECISION', 'approved_on', 'stat_decision_counts(r.stat_held, r.approved_on, r.responsibility, r.stat_post_level, r.measures)');

-- An appeal revoked or changed a decision (or that was undone): the decision is touched so that it says so again.
CREATE FUNCTION stat_appeal_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    UPDATE decision d SET stat_held = d.stat_held WHERE d.id IN (
        CASE WHEN TG_OP = 'DELETE' THEN OLD.decision_id ELSE NEW.decision_id END,
        CASE WHEN TG_OP = 'UPDATE' THEN OLD.decision_id END);
    RETURN NULL;
END $$;

CREATE TRIGGER decision_appeal_stat AFTER INSERT OR UPDATE OF status, decision_id OR DELETE ON decision_appeal
    FOR EACH ROW EXECUTE FUNCTION stat_appeal_changed();

-- A person's post level changed: their decisions count under the new one.
CREATE FUNCTION stat_person_post_level() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    UPDATE decision d SET stat_post_level = NEW.post_level WHERE d.person_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER person_stat_post_level AFTER UPDATE OF post_level ON person
    FOR EACH ROW WHEN (OLD.post_level IS DISTINCT FROM NEW.post_level) EXECUTE FUNCTION stat_person_post_level();

SELECT stat_month_rebuild();
