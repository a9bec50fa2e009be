package db.demo;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Work for the roles whose to-do list the earlier demo data left empty (issue 17): the liaison of 示范设计院 finds a
 * clue of their enterprise under flagged supervision whose deadline is near and whose progress report is overdue;
 * HR finds a served decision that deducts pay while the person's pay of the determination year has not been entered
 * (the year's performance salary is settled late). The office, the leaders and the investigator already have work.
 */
public class V36__Demo_tasks extends BaseJavaMigration {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        LocalDate today = LocalDate.now(CHINA);
        superviseALiaisonsClue(db, today);
        leaveAPayYearToEnter(db);
    }

    private static void superviseALiaisonsClue(Connection db, LocalDate today) throws SQLException {
        Long clue = null;
        try (PreparedStatement query = db.prepareStatement("SELECT c.id FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                + "WHERE o.code = 'YBJSSJ' AND c.status IN ('CHECKING', 'ACCEPTED', 'REGISTERED') AND NOT c.supervised "
                + "ORDER BY c.status DESC, c.id LIMIT 1");
             ResultSet row = query.executeQuery()) {
            if (row.next()) {
                clue = row.getLong(1);
            }
        }
        if (clue == null) {
            return;
        }
        LocalDate started = today.minusDays(30);
        LocalDate deadline = today.plusDays(5);
        try (PreparedStatement flag = db.prepareStatement("UPDATE clue SET supervised = TRUE, supervision_deadline = ? WHERE id = ?");
             PreparedStatement supervision = db.prepareStatement("INSERT INTO supervision (clue_id, leader_user_id, deadline, "
                     + "progress_interval_days, started_on, started_by) VALUES (?, 'leader', ?, 14, ?, 'leader')");
             PreparedStatement history = db.prepareStatement("INSERT INTO clue_history (clue_id, occurred_at, user_id, action, "
                     + "details) VALUES (?, ?, 'leader', 'SUPERVISION_STARTED', ?)")) {
            flag.setDate(1, Date.valueOf(deadline));
            flag.setLong(2, clue);
            flag.executeUpdate();
            supervision.setLong(1, clue);
            supervision.setDate(2, Date.valueOf(deadline));
            supervision.setDate(3, Date.valueOf(started));
            supervision.executeUpdate();
            history.setLong(1, clue);
            history.setTimestamp(2, Timestamp.from(started.atTime(10, 0).atZone(CHINA).toInstant()));
            history.setString(3, "leader=leader; deadline=" + deadline + "; interval=14");
            history.executeUpdate();
        }
    }

    private static void leaveAPayYearToEnter(Connection db) throws SQLException {
        Long decision = null;
        try (PreparedStatement query = db.prepareStatement("SELECT d.id FROM decision d JOIN person p ON p.id = d.person_id "
                + "WHERE d.status = 'EFFECTIVE' ORDER BY p.status <> 'ACTIVE', "
                + "COALESCE(d.performance_salary_percent, 0) = 0 AND COALESCE(d.term_incentive_percent, 0) = 0, d.id DESC LIMIT 1");
             ResultSet row = query.executeQuery()) {
            if (row.next()) {
                decision = row.getLong(1);
            }
        }
        if (decision == null) {
            return;
        }
        // a decision of the light end may deduct no pay: this one deducts a tenth of the performance salary
        try (PreparedStatement deducts = db.prepareStatement("UPDATE decision SET performance_salary_percent = 10 "
                + "WHERE id = ? AND COALESCE(performance_salary_percent, 0) = 0 AND COALESCE(term_incentive_percent, 0) = 0");
             PreparedStatement forget = db.prepareStatement("DELETE FROM person_pay WHERE (person_id, year) IN ("
                     + "SELECT person_id, EXTRACT(YEAR FROM determination_date)::int FROM decision WHERE id = ?)")) {
            deducts.setLong(1, decision);
            deducts.executeUpdate();
            forget.setLong(1, decision);
            forget.executeUpdate();
        }
    }
}
