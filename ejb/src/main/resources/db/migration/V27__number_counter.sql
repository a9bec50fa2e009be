-- One table for every gap-free numbering (shared.Numbering): a counter row per series, enterprise and year,
-- incremented in the transaction that uses the number and locked until it ends. It takes over the clue
-- ledger's counters (V10) and the investigations' (V20), each keeping its last number.
CREATE TABLE number_counter (
    series        VARCHAR(32) NOT NULL,
    enterprise_id BIGINT      NOT NULL REFERENCES enterprise (id),
    year          SMALLINT    NOT NULL,
    last_number   BIGINT      NOT NULL,
    PRIMARY KEY (series, enterprise_id, year),
    CONSTRAINT number_counter_positive CHECK (last_number > 0)
);

INSERT INTO number_counter (series, enterprise_id, year, last_number)
SELECT 'CLUE', enterprise_id, year, last_number FROM clue_counter;
DROP TABLE clue_counter;

INSERT INTO number_counter (series, enterprise_id, year, last_number)
SELECT 'INVESTIGATION', enterprise_id, year, last_number FROM investigation_counter;
DROP TABLE investigation_counter;
