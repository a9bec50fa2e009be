package db.demo;

import com.soegroup.accountability.org.IdNumbers;
import com.soegroup.accountability.org.Uscc;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo group (only where the demo enables the db/demo location, see SchemaMigrator): 示范发展集团 with
 * fourteen subsidiaries on two levels, three years of assets, about two hundred people with pay, and the seven
 * demo accounts of config/demo-directory.ldif linked to their people. Deterministic: every run builds the
 * same group, so the integration tests may rely on it.
 */
public class V1__Demo_group extends BaseJavaMigration {

    static final String OWNER = "示范市人民政府国有资产监督管理委员会";
    private static final String AREA = "511500";

    /** code, parent, full name, short name, type, total assets of the last year in 万元 (10,000 yuan). */
    static final String[][] ENTERPRISES = {
            {"YBJT", null, "示范发展集团有限公司", "示范集团", "GROUP", "8650000"},
            {"YBJS", "YBJT", "示范建设投资有限公司", "示范建投", "WHOLLY_OWNED", "3120000"},
            {"YBJSSJ", "YBJS", "示范建设设计院有限公司", "示范设计院", "WHOLLY_OWNED", "86000"},
            {"YBJSLQ", "YBJS", "示范路桥工程有限公司", "示范路桥", "CONTROLLED", "412000"},
            {"YBJSWY", "YBJS", "示范城市物业服务有限公司", "示范物业", "WHOLLY_OWNED", "23500"},
            {"YBNY", "YBJT", "示范能源有限公司", "示范能源", "WHOLLY_OWNED", "1870000"},
            {"YBNYRQ", "YBNY", "示范燃气有限公司", "示范燃气", "CONTROLLED", "356000"},
            {"YBNYXN", "YBNY", "示范新能源科技有限公司", "示范新能源", "CONTROLLED", "198000"},
            {"YBJR", "YBJT", "示范金融控股有限公司", "示范金控", "WHOLLY_OWNED", "1460000"},
            {"YBJRDB", "YBJR", "示范融资担保有限公司", "示范担保", "CONTROLLED", "215000"},
            {"YBJRZL", "YBJR", "示范融资租赁有限公司", "示范租赁", "CONTROLLED", "388000"},
            {"YBWL", "YBJT", "示范现代物流有限公司", "示范物流", "CONTROLLED", "264000"},
            {"YBWT", "YBJT", "示范文化旅游发展有限公司", "示范文旅", "WHOLLY_OWNED", "533000"},
            {"YBWTJD", "YBWT", "示范国际酒店管理有限公司", "示范酒店", "WHOLLY_OWNED", "61000"},
            {"YBSW", "YBJT", "示范水务环境集团有限公司", "示范水务", "CONTROLLED", "702000"},
    };

    /** user id, employee no, name, enterprise, department, post, post level, leadership member. */
    static final String[][] ACCOUNTS = {
            {"office", "DEMO-OFFICE", "王敏", "YBJT", "纪检监察部", "责任追究工作办公室主任", "中层正职", "false"},
            {"leader", "DEMO-LEADER", "李建国", "YBJT", "集团领导", "党委副书记、总经理", "集团正职", "true"},
            {"investigator", "DEMO-INVESTIGATOR", "张伟", "YBJS", "审计部", "审计部副经理", "中层副职", "false"},
            {"liaison", "DEMO-LIAISON", "刘芳", "YBJSSJ", "综合办公室", "综合办公室主任", "中层正职", "false"},
            {"hr", "DEMO-HR", "陈静", "YBJT", "人力资源部", "人力资源部经理", "中层正职", "false"},
            {"auditor", "DEMO-AUDITOR", "赵磊", "YBNY", "监事会工作办公室", "专职监事", "中层正职", "false"},
            {"admin", "DEMO-ADMIN", "孙涛", "YBJT", "信息中心", "信息中心主任", "中层正职", "false"},
    };

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程";
    private static final String[] GIVEN = {"建华", "志强", "秀英", "丽娟", "国庆", "海燕", "晓东", "文博", "俊杰", "雪梅",
            "振宇", "婷婷", "明辉", "红霞", "子涵", "宏伟", "玉兰", "立新", "佳琪", "春生", "思远", "静怡", "德明", "桂芳",
            "天佑", "欣然", "永强", "慧敏", "浩然", "晓丽", "建军", "美玲", "鹏飞", "雅琴", "卫东", "凤英"};
    private static final String[] DEPARTMENTS = {"综合办公室", "财务部", "投资发展部", "工程管理部", "审计部", "法务合规部",
            "人力资源部", "安全生产部", "市场经营部", "党群工作部"};
    private static final String[] STAFF_POSTS = {"部门经理", "部门副经理", "主管", "高级主管", "专员", "业务经理"};

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int lastYear = today.getYear() - 1;
        Instant now = Instant.now();
        IdNumbers ids = idNumbers();
        Random random = new Random(20260101L);

        Map<String, Long> enterpriseIds = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO enterprise (id, code, full_name, short_name, parent_id, "
                + "type, uscc, owner_institution, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement created = db.prepareStatement("INSERT INTO enterprise_change (enterprise_id, kind, effective_date, "
                     + "new_parent_id, reason, recorded_by, recorded_at) VALUES (?, 'CREATED', ?, ?, ?, 'demo', ?)")) {
            int n = 0;
            for (String[] e : ENTERPRISES) {
                long id = nextval(db, "enterprise_seq");
                String parent = e[1];
                String path = (parent == null ? "/" : paths.get(parent)) + id + "/";
                enterpriseIds.put(e[0], id);
                paths.put(e[0], path);
                insert.setLong(1, id);
                insert.setString(2, e[0]);
                insert.setString(3, e[2]);
                insert.setString(4, e[3]);
                setLong(insert, 5, parent == null ? null : enterpriseIds.get(parent));
                insert.setString(6, e[4]);
                insert.setString(7, uscc(n++));
                insert.setString(8, parent == null ? OWNER : "示范发展集团有限公司");
                insert.setString(9, path);
                insert.executeUpdate();
                created.setLong(1, id);
                created.setDate(2, Date.valueOf(LocalDate.of(parent == null ? 2008 : 2010 + n % 9, 1 + n % 12, 1 + n % 27)));
                setLong(created, 3, parent == null ? null : enterpriseIds.get(parent));
                created.setString(4, parent == null ? "集团组建" : "出资设立");
                created.setTimestamp(5, Timestamp.from(now));
                created.executeUpdate();
            }
        }

        try (PreparedStatement assets = db.prepareStatement("INSERT INTO enterprise_assets (id, enterprise_id, year, total_assets, "
                + "net_assets, source, entered_on, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'demo')")) {
            for (String[] e : ENTERPRISES) {
                BigDecimal last = new BigDecimal(e[5]).multiply(BigDecimal.valueOf(10_000));
                for (int back = 2; back >= 0; back--) {
                    int year = lastYear - back;
                    // about 6% growth a year, backwards from the last year's figure
                    BigDecimal total = last.divide(BigDecimal.valueOf(1.06).pow(back), 2, RoundingMode.HALF_UP)
                            .add(BigDecimal.valueOf(random.nextInt(100_000_00), 2));
                    BigDecimal net = total.multiply(BigDecimal.valueOf(35 + random.nextInt(20)))
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                    assets.setLong(1, nextval(db, "enterprise_assets_seq"));
                    assets.setLong(2, enterpriseIds.get(e[0]));
                    assets.setInt(3, year);
                    assets.setBigDecimal(4, total);
                    assets.setBigDecimal(5, net);
                    assets.setString(6, year + "年度审计报告（合并口径）");
                    assets.setDate(7, Date.valueOf(LocalDate.of(year + 1, 4, 20 + back)));
                    assets.addBatch();
                }
            }
            assets.executeBatch();
        }

        List<Object[]> people = new ArrayList<>();
        for (String[] account : ACCOUNTS) {
            people.add(new Object[]{account[1], account[2], account[3], account[4], account[5], account[6], false,
                    Boolean.parseBoolean(account[7]), "ACTIVE", null, account[0]});
        }
        int serial = 1;
        for (String[] e : ENTERPRISES) {
            int size = e[1] == null ? 24 : 12;
            for (int i = 0; i < size; i++) {
                String employeeNo = String.format("YB%06d", serial++);
                String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
                boolean head = i == 0;
                boolean leadership = i < 4;
                String department = leadership ? "领导班子" : DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
                String post = switch (i) {
                    case 0 -> "党委书记、董事长";
                    case 1 -> "总经理";
                    case 2 -> "副总经理";
                    case 3 -> "财务总监";
                    default -> STAFF_POSTS[random.nextInt(STAFF_POSTS.length)];
                };
                String level = leadership ? (e[1] == null ? "集团正职" : i < 2 ? "企业正职" : "企业副职")
                        : post.contains("经理") && !post.startsWith("业务") ? "中层正职" : "一般员工";
                String status = "ACTIVE";
                LocalDate statusDate = null;
                int roll = random.nextInt(20);
                if (!head && roll == 0) {
                    status = "RETIRED";
                    statusDate = LocalDate.of(lastYear, 1 + random.nextInt(12), 1);
                } else if (!head && roll == 1) {
                    status = "TRANSFERRED";
                    statusDate = LocalDate.of(lastYear - random.nextInt(2), 1 + random.nextInt(12), 15);
                } else if (!head && roll == 2) {
                    status = "LEFT";
                    statusDate = LocalDate.of(lastYear, 1 + random.nextInt(12), 10);
                }
                people.add(new Object[]{employeeNo, name, e[0], department, post, level, head, leadership, status,
                        statusDate, null});
            }
        }

        try (PreparedStatement person = db.prepareStatement("INSERT INTO person (id, employee_no, name, enterprise_id, department, "
                + "post, post_level, enterprise_head, leadership_member, status, status_date, ldap_user_id, id_hash, id_last_four) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement pay = db.prepareStatement("INSERT INTO person_pay (id, person_id, year, performance_salary, "
                     + "term_incentive, long_term_incentive, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, 'demo', ?)")) {
            int index = 0;
            for (Object[] p : people) {
                long id = nextval(db, "person_seq");
                person.setLong(1, id);
                person.setString(2, (String) p[0]);
                person.setString(3, (String) p[1]);
                person.setLong(4, enterpriseIds.get((String) p[2]));
                person.setString(5, (String) p[3]);
                person.setString(6, (String) p[4]);
                person.setString(7, (String) p[5]);
                person.setBoolean(8, (Boolean) p[6]);
                person.setBoolean(9, (Boolean) p[7]);
                person.setString(10, (String) p[8]);
                person.setDate(11, p[9] == null ? null : Date.valueOf((LocalDate) p[9]));
                person.setString(12, (String) p[10]);
                String number = residentId(index++, random);
                person.setString(13, ids == null ? null : ids.hash(number));
                person.setString(14, ids == null ? null : IdNumbers.lastFour(number));
                person.addBatch();

                boolean leadership = (Boolean) p[7];
                boolean groupLevel = "YBJT".equals(p[2]);
                for (int back = 2; back >= 0; back--) {
                    int year = lastYear - back;
                    BigDecimal base = BigDecimal.valueOf(leadership ? (groupLevel ? 420_000 : 260_000) : 90_000 + random.nextInt(60_000));
                    BigDecimal performance = base.multiply(BigDecimal.valueOf(90 + random.nextInt(25)))
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                    pay.setLong(1, nextval(db, "person_pay_seq"));
                    pay.setLong(2, id);
                    pay.setInt(3, year);
                    pay.setBigDecimal(4, performance);
                    // term incentives are paid on the last year of a three-year term
                    if (leadership && back == 0) {
                        pay.setBigDecimal(5, performance.multiply(BigDecimal.valueOf(0.3)).setScale(2, RoundingMode.HALF_UP));
                    } else {
                        pay.setNull(5, Types.NUMERIC);
                    }
                    if (leadership && "CONTROLLED".equals(type(p[2]))) {
                        pay.setBigDecimal(6, BigDecimal.valueOf(50_000 + random.nextInt(30_000)).setScale(2, RoundingMode.HALF_UP));
                    } else {
                        pay.setNull(6, Types.NUMERIC);
                    }
                    pay.setTimestamp(7, Timestamp.from(now));
                    pay.addBatch();
                }
            }
            person.executeBatch();
            pay.executeBatch();
        }
    }

    private static String type(Object code) {
        for (String[] e : ENTERPRISES) {
            if (e[0].equals(code)) {
                return e[4];
            }
        }
        return null;
    }

    /** The configured hasher, or none: without a secret the demo people simply have no ID data. */
    private static IdNumbers idNumbers() {
        try {
            return IdNumbers.fromConfiguration();
        } catch (IllegalStateException noSecret) {
            return null;
        }
    }

    /** A well-formed (check digit and all) but invented resident ID of the demo city. */
    static String residentId(int index, Random random) {
        LocalDate birth = LocalDate.of(1962 + random.nextInt(36), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = AREA.substring(0, 4) + "02" + birth.toString().replace("-", "") + String.format("%03d", index % 1000);
        return first17 + IdNumbers.residentCheckDigit(first17);
    }

    /** A well-formed USCC of a company (91) registered in the demo city, with a valid organisation code inside. */
    static String uscc(int index) {
        String org8 = String.format("MA6%05d", 12345 + index * 7919 % 90000);
        String orgCode = org8 + organisationCheck(org8);
        String first17 = "91" + AREA + orgCode;
        return first17 + Uscc.checkCharacter(first17);
    }

    /** GB 11714 check character of an organisation code. */
    static char organisationCheck(String first8) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = first8.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static long nextval(Connection db, String sequence) throws SQLException {
        try (PreparedStatement next = db.prepareStatement("SELECT nextval('" + sequence + "')");
             ResultSet row = next.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
