package com.soegroup.accountability.testsupport;

/**
 * Master data uploaded through the import API as an HR system sends it: people and their pay for the tests that need
 * people of their own (decisions, pay), and the column headers of the templates.
 */
public final class ImportFixtures {

    /** The header row of the people template (PEOPLE). */
    public static final String PEOPLE_HEADER = "工号*,姓名*,所属企业代码*,部门,职务,职级,是否企业负责人,是否领导班子成员,人员状态,状态日期,登录账号,身份证件号码";
    /** The header row of a pay file (PAY). */
    public static final String PAY_HEADER = "工号,年度,绩效年薪（元）,任期激励收入（元）,中长期激励收入（元）";

    private ImportFixtures() {
    }

    /**
     * A multipart upload of {@code content} as {@code fileName} to the import at {@code path} (e.g.
     * {@code /people/import}) as {@code user}; {@code kind} (PEOPLE, PAY, ENTERPRISES, ASSETS) may be null for the
     * default.
     */
    public static Api.Reply upload(String user, String path, String kind, String fileName, byte[] content) {
        Multipart body = new Multipart();
        if (kind != null) {
            body.field("kind", kind);
        }
        body.file("file", fileName, "application/octet-stream", content);
        return Api.as(user).post(path, body.contentType(), body.bytes());
    }
}
