-- People are found by the initials of their name's pinyin too (张伟: zw), as pickers in Chinese software do.
-- pinyin_initials reads each character's GBK code: the 3,755 common characters of GB 2312 level 1 are ordered by
-- pinyin, so the first code of each initial bounds its range (the table below). Rarer characters (level 2, ordered
-- by radical) have no initial here and are left out; Latin letters and digits are kept, lower case. IMMUTABLE: the
-- GBK table does not change, and the column below is generated from it.
CREATE FUNCTION pinyin_initials(name TEXT) RETURNS TEXT
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    letters CONSTANT TEXT := 'abcdefghjklmnopqrstwxyz';
    bounds CONSTANT INTEGER[] := ARRAY[45217, 45253, 45761, 46318, 46826, 47010, 47297, 47614, 48119, 49062, 49324,
        49896, 50371, 50614, 50622, 50906, 51387, 51446, 52218, 52698, 52980, 53689, 54481];
    result TEXT := '';
    ch TEXT;
    gbk BYTEA;
    code INTEGER;
    i INTEGER;
BEGIN
    FOREACH ch IN ARRAY regexp_split_to_array(name, '') LOOP
        IF ch ~ '^[A-Za-z0-9]$' THEN
            result := result || lower(ch);
        ELSIF ch ~ '^[一-龥]$' THEN
            gbk := convert_to(ch, 'GBK');
            code := get_byte(gbk, 0) * 256 + get_byte(gbk, 1);
            IF code BETWEEN 45217 AND 55289 THEN
                FOR i IN REVERSE array_length(bounds, 1)..1 LOOP
                    IF code >= bounds[i] THEN
                        result := result || substr(letters, i, 1);
                        EXIT;
                    END IF;
                END LOOP;
            END IF;
        END IF;
    END LOOP;
    RETURN result;
END
$$;

ALTER TABLE person ADD COLUMN name_initials VARCHAR(100) GENERATED ALWAYS AS (pinyin_initials(name)) STORED;
CREATE INDEX person_name_initials ON person (name_initials varchar_pattern_ops);
