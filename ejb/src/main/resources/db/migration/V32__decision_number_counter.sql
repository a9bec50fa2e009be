-- Decision numbers join the one numbering table (V27), keeping their last numbers.
INSERT INTO number_counter (series, enterprise_id, year, last_number)
SELECT 'DECISION', enterprise_id, year, last_number FROM decision_counter;
DROP TABLE decision_counter;
