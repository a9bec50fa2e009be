package db.demo;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The documents of the demo's duty records (issue 21, V47's records): every first version has its minutes (会议纪要),
 * and those with a legal review its opinion (法律审查意见); a correction carries its version's documents, as the
 * service copies them; the draft (示范能源) has only its minutes, so it shows the upload and remove a draft offers,
 * the confirmed ones show frozen documents.
 */
public class V49__Demo_duty_record_files extends BaseJavaMigration {

    private record Row(long id, String recordNo, String number, String matter, boolean legalReview,
                       String legalNote, String createdBy, Timestamp createdAt) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT d.id, d.record_no, d.meeting_number, d.matter, "
                + "d.legal_review, d.legal_review_note, first.created_by, first.created_at FROM duty_record d "
                + "JOIN duty_record first ON first.record_no = d.record_no AND first.revision = 1 "
                + "WHERE NOT EXISTS (SELECT 1 FROM duty_record_file f WHERE f.duty_record_id = d.id) ORDER BY d.id");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getBoolean(5),
                        r.getString(6), r.getString(7), r.getTimestamp(8)));
            }
        }
        for (Row row : rows) {
            String meeting = row.number() == null ? row.recordNo() : row.number();
            file(db, row, "会议纪要（" + meeting + "）.txt", meeting + " 会议纪要\n\n议题：" + row.matter()
                    + "\n\n会议按议事规则进行，与会人员逐一发表意见，表决结果见履职记录。\n");
            if (row.legalReview()) {
                file(db, row, "法律审查意见（" + row.recordNo() + "）.txt", "法律审查意见\n\n事项：" + row.matter() + "\n\n"
                        + (row.legalNote() == null ? "经审查，该事项符合法律法规和公司章程的规定。" : row.legalNote()) + "\n");
            }
        }
    }

    private static void file(Connection db, Row row, String name, String text) throws SQLException {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO duty_record_file (duty_record_id, file_name, "
                + "content_type, size_bytes, sha256, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, row.id());
            insert.setString(2, name);
            insert.setString(3, "text/plain;charset=UTF-8");
            insert.setInt(4, content.length);
            insert.setString(5, sha256(content));
            insert.setBytes(6, content);
            insert.setString(7, row.createdBy());
            insert.setTimestamp(8, row.createdAt());
            insert.executeUpdate();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
