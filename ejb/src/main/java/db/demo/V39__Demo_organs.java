package db.demo;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The accountability organs (issue 19) of the group and two subsidiaries, in each state a page shows: the group and
 * 示范建投 have their leading group and office with members (most linked to their people, a liaison who is not in
 * the master data); 示范能源 has only its leading group, its office not yet entered. And a filing record of the
 * municipal rule set in force, filed a year and a half ago; the draft of Order No. 46 is not filed.
 */
public class V39__Demo_organs extends BaseJavaMigration {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A member: post in the organ, employee number of a person (or null), name when not linked, phone. */
    private record Member(String position, String employeeNo, String name, String phone, String email) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        LocalDate today = LocalDate.now(CHINA);
        LocalDate founded = today.minusYears(2).withDayOfMonth(1);

        List<Member> groupLeaders = new ArrayList<>();
        groupLeaders.add(new Member("LEADER", "DEMO-LEADER", null, "0831-8200001", null));
        people(db, "YBJT", true, 2).forEach(no -> groupLeaders.add(new Member("DEPUTY_LEADER", no, null, "0831-8200002", null)));
        people(db, "YBJT", false, 4).forEach(no -> groupLeaders.add(new Member("MEMBER", no, null, "0831-8200010", null)));
        long group = organ(db, "YBJT", "LEADING_GROUP", "示范发展集团有限公司责任追究工作领导小组", founded, "示范集团党发〔" + founded.getYear() + "〕8号",
                null, "统一领导集团违规经营投资责任追究工作，研究决定重大事项。", null, groupLeaders, today);
        history(db, group, founded, "office", "CREATED", "organName=示范发展集团有限公司责任追究工作领导小组");
        List<Member> groupOffice = new ArrayList<>();
        groupOffice.add(new Member("OFFICE_DIRECTOR", "DEMO-OFFICE", null, "0831-8200100", "wangmin@example.com"));
        people(db, "YBJT", false, 6).stream().skip(4).forEach(no -> groupOffice.add(new Member("STAFF", no, null, "0831-8200101", null)));
        groupOffice.add(new Member("LIAISON", null, "周晓燕", "13800000000", "zhouxy@example.com"));
        long groupOfficeId = organ(db, "YBJT", "OFFICE", "示范发展集团有限公司责任追究工作领导小组办公室", founded,
                "示范集团党发〔" + founded.getYear() + "〕8号", "纪检监察部", "承担领导小组日常工作：线索受理、核查组织、台账管理和报告报送。",
                4, groupOffice, today);
        history(db, groupOfficeId, founded, "office", "CREATED", "organName=示范发展集团有限公司责任追究工作领导小组办公室; hostDepartment=纪检监察部");
        history(db, groupOfficeId, today.minusMonths(3), "office", "UPDATED", "staffCount=4");

        List<Member> jsLeaders = new ArrayList<>();
        people(db, "YBJS", true, 1).forEach(no -> jsLeaders.add(new Member("LEADER", no, null, "0831-8300001", null)));
        people(db, "YBJS", false, 3).forEach(no -> jsLeaders.add(new Member("MEMBER", no, null, "0831-8300010", null)));
        long js = organ(db, "YBJS", "LEADING_GROUP", "示范建设投资有限公司责任追究工作领导小组", founded.plusMonths(2), "示范建投党发〔"
                + founded.getYear() + "〕3号", null, "领导本公司及所属企业的责任追究工作。", null, jsLeaders, today);
        history(db, js, founded.plusMonths(2), "office", "CREATED", "organName=示范建设投资有限公司责任追究工作领导小组");
        List<Member> jsOffice = new ArrayList<>();
        jsOffice.add(new Member("OFFICE_DIRECTOR", "DEMO-INVESTIGATOR", null, "0831-8300100", null));
        people(db, "YBJS", false, 5).stream().skip(3).forEach(no -> jsOffice.add(new Member("STAFF", no, null, "0831-8300101", null)));
        long jsOfficeId = organ(db, "YBJS", "OFFICE", "示范建设投资有限公司责任追究工作领导小组办公室", founded.plusMonths(2), null,
                "审计部", "承担领导小组日常工作。", 3, jsOffice, today);
        history(db, jsOfficeId, founded.plusMonths(2), "office", "CREATED", "organName=示范建设投资有限公司责任追究工作领导小组办公室; hostDepartment=审计部");

        List<Member> nyLeaders = new ArrayList<>();
        people(db, "YBNY", true, 1).forEach(no -> nyLeaders.add(new Member("LEADER", no, null, "0831-8400001", null)));
        people(db, "YBNY", false, 2).forEach(no -> nyLeaders.add(new Member("MEMBER", no, null, null, null)));
        long ny = organ(db, "YBNY", "LEADING_GROUP", "示范能源有限公司责任追究工作领导小组", today.minusMonths(5), null, null, null,
                null, nyLeaders, today);
        history(db, ny, today.minusMonths(5), "office", "CREATED", "organName=示范能源有限公司责任追究工作领导小组");

        fileTheSetInForce(db, today.minusMonths(18));
    }

    /** Employee numbers of people of the enterprise: its leaders, or its other staff, in a stable order. */
    private static List<String> people(Connection db, String enterprise, boolean leaders, int count) throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT p.employee_no FROM person p JOIN enterprise e ON e.id = p.enterprise_id "
                + "WHERE e.code = ? AND p.status = 'ACTIVE' AND p.leadership_member = ? AND p.ldap_user_id IS NULL "
                + "ORDER BY p.id LIMIT ?")) {
            query.setString(1, enterprise);
            query.setBoolean(2, leaders);
            query.setInt(3, count);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
        }
        return numbers;
    }

    private static long organ(Connection db, String enterprise, String kind, String name, LocalDate founded, String basis,
                              String host, String duties, Integer staff, List<Member> members, LocalDate today)
            throws SQLException {
        long id;
        Timestamp at = Timestamp.from(founded.atTime(9, 30).atZone(CHINA).toInstant());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO accountability_organ (enterprise_id, kind, name, "
                + "established_on, basis, host_department, duties, staff_count, created_at, updated_at) "
                + "SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM enterprise WHERE code = ? RETURNING id")) {
            insert.setString(1, kind);
            insert.setString(2, name);
            insert.setDate(3, Date.valueOf(founded));
            insert.setString(4, basis);
            insert.setString(5, host);
            insert.setString(6, duties);
            if (staff == null) {
                insert.setNull(7, Types.INTEGER);
            } else {
                insert.setInt(7, staff);
            }
            insert.setTimestamp(8, at);
            insert.setTimestamp(9, Timestamp.from(today.minusMonths(3).atTime(9, 0).atZone(CHINA).toInstant()));
            insert.setString(10, enterprise);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        try (PreparedStatement linked = db.prepareStatement("INSERT INTO organ_member (organ_id, position, person_id, name, "
                + "department, post, phone, email, sort_order) SELECT ?, ?, p.id, p.name, p.department, p.post, ?, ?, ? "
                + "FROM person p WHERE p.employee_no = ?");
             PreparedStatement plain = db.prepareStatement("INSERT INTO organ_member (organ_id, position, name, department, "
                     + "post, phone, email, sort_order) VALUES (?, ?, ?, '综合办公室', '干事', ?, ?, ?)")) {
            int order = 0;
            for (Member m : members) {
                if (m.employeeNo() != null) {
                    linked.setLong(1, id);
                    linked.setString(2, m.position());
                    linked.setString(3, m.phone());
                    linked.setString(4, m.email());
                    linked.setInt(5, order++);
                    linked.setString(6, m.employeeNo());
                    linked.executeUpdate();
                } else {
                    plain.setLong(1, id);
                    plain.setString(2, m.position());
                    plain.setString(3, m.name());
                    plain.setString(4, m.phone());
                    plain.setString(5, m.email());
                    plain.setInt(6, order++);
                    plain.executeUpdate();
                }
            }
        }
        return id;
    }

    private static void history(Connection db, long organ, LocalDate on, String user, String action, String details)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO organ_history (organ_id, occurred_at, user_id, action, details) "
                + "VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, organ);
            insert.setTimestamp(2, Timestamp.from(on.atTime(10, 0).atZone(CHINA).toInstant()));
            insert.setString(3, user);
            insert.setString(4, action);
            insert.setString(5, details);
            insert.executeUpdate();
        }
    }

    /** The municipal set in force, filed with the municipal SASAC; its own filing date follows, as the service does. */
    private static void fileTheSetInForce(Connection db, LocalDate filedOn) throws SQLException {
        try (PreparedStatement filing = db.prepareStatement("INSERT INTO rule_set_filing (rule_set_id, rule_set_version, filed_on, "
                + "reference, filed_with, note, recorded_by, recorded_at) SELECT id, version, ?, ?, '宜宾市国资委', "
                + "'随集团责任追究制度一并报送', 'admin', ? FROM rule_set WHERE code = 'YB-SASAC-2020'");
             PreparedStatement set = db.prepareStatement("UPDATE rule_set SET filing_date = ?, "
                     + "definition = jsonb_set(definition::jsonb, '{filingDate}', to_jsonb(?::text))::text, "
                     + "version = version + 1, updated_at = ? WHERE code = 'YB-SASAC-2020'")) {
            Timestamp at = Timestamp.from(filedOn.atTime(15, 0).atZone(CHINA).toInstant());
            filing.setDate(1, Date.valueOf(filedOn));
            filing.setString(2, "示范集团函〔" + filedOn.getYear() + "〕21号");
            filing.setTimestamp(3, at);
            if (filing.executeUpdate() == 0) {
                return;
            }
            set.setDate(1, Date.valueOf(filedOn));
            set.setString(2, filedOn.toString());
            set.setTimestamp(3, at);
            set.executeUpdate();
        }
    }
}
