package db.migration;

import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSetJson;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Seeds the two rule sets the product ships (rules.md): the municipal set of the seed (篇三, the default, in force)
 * and the central SASAC Order No. 46 set (a draft until an administrator reviews its copied tables and puts it in
 * force). The documents in rulesets/ are the single source: the engine's tests read the same files.
 */
public class V2_1__Seed_rule_sets extends BaseJavaMigration {

    static final List<String> SEEDS = List.of("rulesets/yibin-2020.json", "rulesets/sasac-order46-2026.json");

    @Override
    public void migrate(Context context) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "INSERT INTO rule_set (code, issuer, title, effective_from, filing_date, status, tables_reviewed,"
                        + " definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String resource : SEEDS) {
                String json = read(resource);
                RuleSet set = RuleSetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
                insert.setString(1, set.code());
                insert.setString(2, set.issuer());
                insert.setString(3, set.title());
                insert.setDate(4, Date.valueOf(set.effectiveFrom()));
                insert.setDate(5, set.filingDate() == null ? null : Date.valueOf(set.filingDate()));
                insert.setString(6, set.status().name());
                insert.setBoolean(7, set.tablesReviewed());
                insert.setString(8, json);
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.executeUpdate();
            }
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = V2_1__Seed_rule_sets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the EJB jar");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
