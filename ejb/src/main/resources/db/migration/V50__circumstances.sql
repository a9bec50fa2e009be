-- Circumstance classification (违规情形, M§7 第七条 – M§16 第十六条; O63 二): which article and item of the rule
-- set's catalogue a clue is suspected of and a finding found, per subject. One row per circumstance, with the
-- rule set that classified it and its article and item as numbers, so that statistics count by area, article or
-- item with plain aggregates (the area is kept on the row: no catalogue lookup inside a GROUP BY). Decisions read
-- them through the finding of their person.
CREATE TABLE clue_circumstance (
    clue_id   BIGINT       NOT NULL REFERENCES clue (id) ON DELETE CASCADE,
    rule_set  VARCHAR(64)  NOT NULL,
    area      VARCHAR(32)  NOT NULL,
    article   SMALLINT     NOT NULL,
    item      SMALLINT     NOT NULL,
    PRIMARY KEY (clue_id, rule_set, article, item)
);

-- counting clues by area (the dashboard's bar), and by article/item within a set
CREATE INDEX clue_circumstance_area ON clue_circumstance (area, clue_id);
CREATE INDEX clue_circumstance_item ON clue_circumstance (rule_set, article, item, clue_id);

CREATE TABLE finding_circumstance (
    finding_id BIGINT       NOT NULL REFERENCES responsibility_finding (id) ON DELETE CASCADE,
    rule_set   VARCHAR(64)  NOT NULL,
    area       VARCHAR(32)  NOT NULL,
    article    SMALLINT     NOT NULL,
    item       SMALLINT     NOT NULL,
    PRIMARY KEY (finding_id, rule_set, article, item)
);

CREATE INDEX finding_circumstance_area ON finding_circumstance (area, finding_id);
CREATE INDEX finding_circumstance_item ON finding_circumstance (rule_set, article, item, finding_id);

-- the shipped sets name their catalogues (rulesets/*.json carry the same field for new installations)
UPDATE rule_set SET definition = jsonb_set(definition::jsonb, '{circumstanceCatalogue}', '"MEASURES-2020"')::text,
                    version = version + 1
 WHERE code = 'YB-SASAC-2020' AND NOT (definition::jsonb ? 'circumstanceCatalogue');
UPDATE rule_set SET definition = jsonb_set(definition::jsonb, '{circumstanceCatalogue}', '"O63-2016"')::text,
                    version = version + 1
 WHERE code = 'SASAC-46-2026' AND NOT (definition::jsonb ? 'circumstanceCatalogue');
