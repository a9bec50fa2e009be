package com.soegroup.accountability.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The data of the benchmarks that read the statistics' figures (the dashboard's and the annual report's): one
 * generator, so that both measure the same rows.
 */
public final class BenchData {

    private BenchData() {
    }

    /**
     * 1,000,000 clues (a third suspected of a circumstance), 100,000 cases (half concluded, half with a loss
     * determined), 300,000 decisions, over six years.
     */
    public static void generate() throws SQLException {
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            long start = System.nanoTime();
            String enterprises = "(SELECT array_agg(id ORDER BY id) ids, array_agg(code ORDER BY id) codes, count(*)::int n FROM enterprise) e";
            sql.execute("INSERT INTO clue (id, ledger_no, numbering_enterprise_id, ledger_year, ledger_seq, enterprise_id, "
                    + "owner_enterprise_id, source, received_on, registered_on, registered_by, summary, status, level) "
                    + "SELECT nextval('clue_seq'), e.codes[1 + g % e.n] || '-ST-' || (1980 + g % 10) || '-' || lpad(g::text, 7, '0'), "
                    + "e.ids[1 + g % e.n], 1980 + g % 10, g, e.ids[1 + g % e.n], e.ids[1 + g % e.n], "
                    + "(ARRAY['REPORT','AUDIT','INSPECTION_TOUR','DISCIPLINE_TRANSFER','INTERVIEW','SELF_INSPECTION','ASSIGNED_BY_SUPERIOR','OTHER'])[1 + g % 8], "
                    + "date '2020-01-01' + (g % 2190), date '2020-01-01' + (g % 2190), 'bench', '统计基准线索' || g, "
                    + "(ARRAY['REGISTERED','CHECKING','ACCEPTED','NOT_ACCEPTED','CLOSED'])[1 + (g / 7) % 5], "
                    + "(ARRAY['GENERAL','LARGER','MAJOR',NULL])[1 + (g / 3) % 4] FROM generate_series(1, 1000000) g, " + enterprises);
            // a third of the clues suspected of a circumstance (the area bar joins them)
            sql.execute("INSERT INTO clue_circumstance (clue_id, rule_set, area, article, item) SELECT c.id, 'YB-SASAC-2020', "
                    + "(ARRAY['GROUP_CONTROL','RISK_MANAGEMENT','PURCHASE_SALES','CONSTRUCTION','FIXED_ASSET_INVESTMENT',"
                    + "'INVESTMENT_MERGER','TRANSFER','FUNDS','RESTRUCTURING','OTHER'])[1 + c.ledger_seq % 10], 7 + c.ledger_seq % 10, 1 "
                    + "FROM clue c WHERE c.registered_by = 'bench' AND c.ledger_seq % 3 = 0");
            sql.execute("INSERT INTO person (id, employee_no, name, enterprise_id, post_level) SELECT nextval('person_seq'), "
                    + "'ST' || lpad(g::text, 7, '0'), '基准' || g, e.ids[1 + g % e.n], (ARRAY['中层正职','中层副职','集团正职',NULL])[1 + g % 4] "
                    + "FROM generate_series(1, 100000) g, " + enterprises);
            sql.execute("INSERT INTO investigation (case_no, numbering_enterprise_id, case_year, case_seq, owner_enterprise_id, "
                    + "loss_enterprise_id, title, plan, status, opened_on, opened_by, concluded_on) "
                    + "SELECT 'ST-' || g, e.ids[1 + g % e.n], 1980, g, e.ids[1 + g % e.n], e.ids[1 + g % e.n], '统计基准案件' || g, '方案', "
                    + "CASE WHEN g % 2 = 0 THEN 'CONCLUDED' ELSE 'IN_PROGRESS' END, date '2020-01-01' + (g % 2100), 'bench', "
                    + "CASE WHEN g % 2 = 0 THEN date '2020-01-01' + (g % 2100) + (g % 300) END FROM generate_series(1, 100000) g, " + enterprises);
            sql.execute("INSERT INTO loss_determination (investigation_id, determination_date, counted_amount, level, determined_at) "
                    + "SELECT i.id, i.opened_on + 30, 10000 + (i.case_seq % 1000) * 1000, (ARRAY['GENERAL','LARGER','MAJOR'])[1 + i.case_seq % 3], now() "
                    + "FROM investigation i WHERE i.opened_by = 'bench' AND i.case_seq % 2 = 0");
            sql.execute("INSERT INTO decision (decision_no, numbering_enterprise_id, decision_year, decision_seq, investigation_id, "
                    + "owner_enterprise_id, person_id, person_enterprise_id, employee_no, person_name, responsibility, loss_level, rule_set, "
                    + "determination_date, outcome, measures, legal_basis, facts, deviation, status, proposed_by, proposed_at, "
                    + "legal_reviewed_on, approved_by, approved_on) "
                    + "SELECT 'STD-' || i.case_seq || '-' || j, i.owner_enterprise_id, 1980, i.case_seq * 3 + j, i.id, i.owner_enterprise_id, "
                    + "p.ids[1 + (i.case_seq * 3 + j) % p.n], i.owner_enterprise_id, 'ST', '基准人员', "
                    + "(ARRAY['DIRECT','SUPERVISORY','LEADERSHIP'])[1 + j], 'GENERAL', 'bench', i.opened_on + 40, "
                    + "(ARRAY['STANDARD','LIGHTER','HEAVIER'])[1 + i.case_seq % 3], "
                    + "(ARRAY['ADMONISHMENT','CIRCULATED_CRITICISM,TRANSFER','DEMOTION'])[1 + (i.case_seq + j) % 3], 'M§', '事实', 'WITHIN', "
                    + "'APPROVED', 'bench', now(), i.opened_on + 45, 'bench', i.opened_on + 50 "
                    + "FROM investigation i, generate_series(0, 2) j, "
                    + "(SELECT array_agg(id ORDER BY id) ids, count(*)::int n FROM person WHERE employee_no LIKE 'ST%') p "
                    + "WHERE i.opened_by = 'bench'");
            for (String table : List.of("clue", "clue_circumstance", "person", "investigation", "loss_determination", "decision")) {
                sql.execute("VACUUM (ANALYZE) " + table);
            }
            System.out.printf("generated 1,000,000 clues, 100,000 cases, 300,000 decisions in %.1f s%n",
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
