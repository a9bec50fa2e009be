package com.soegroup.accountability.org;

import com.soegroup.accountability.rule.BundleKeyed;

import java.util.List;

/**
 * What a master-data file holds, with its columns as the template shows them (Chinese header, "*" marks a
 * required column). A file's header may also use the field names (English), in any order.
 */
public enum ImportKind implements BundleKeyed {
    ENTERPRISES(List.of(
            new ImportColumn("code", "企业代码", true, "2–20 位大写字母或数字，例如 YBJS；用于台账编号"),
            new ImportColumn("fullName", "企业全称", true, "营业执照上的名称"),
            new ImportColumn("shortName", "企业简称", false, ""),
            new ImportColumn("parent", "上级企业代码", false, "集团公司留空；已有企业留空或填写现上级（调整隶属关系请用企业重组）"),
            new ImportColumn("type", "企业类型", true, "集团公司、全资企业、控股企业、其他"),
            new ImportColumn("uscc", "统一社会信用代码", false, "18 位，校验位须正确"),
            new ImportColumn("ownerInstitution", "履行出资人职责机构", false, ""))),
    ASSETS(List.of(
            new ImportColumn("enterprise", "企业代码", true, ""),
            new ImportColumn("year", "年度", true, "例如 2025"),
            new ImportColumn("totalAssets", "年末资产总额（元）", true, "单位：元，最多两位小数"),
            new ImportColumn("netAssets", "年末净资产（元）", false, "单位：元，可为负数"),
            new ImportColumn("source", "数据来源", false, "例如 2025年度审计报告"),
            new ImportColumn("enteredOn", "填报日期", false, "YYYY-MM-DD，留空为导入当天"))),
    PEOPLE(List.of(
            new ImportColumn("employeeNo", "工号", true, "集团内唯一"),
            new ImportColumn("name", "姓名", true, ""),
            new ImportColumn("enterprise", "所属企业代码", true, ""),
            new ImportColumn("department", "部门", false, ""),
            new ImportColumn("post", "职务", false, ""),
            new ImportColumn("postLevel", "职级", false, ""),
            new ImportColumn("enterpriseHead", "是否企业负责人", false, "是 / 否"),
            new ImportColumn("leadershipMember", "是否领导班子成员", false, "是 / 否"),
            new ImportColumn("status", "人员状态", false, "在职、调离、离职、退休；留空为在职"),
            new ImportColumn("statusDate", "状态日期", false, "调离、离职、退休时必填，YYYY-MM-DD"),
            new ImportColumn("ldapUserId", "登录账号", false, "统一身份认证账号，用于回避"),
            new ImportColumn("idNumber", "身份证件号码", false, "仅保存加密摘要和后四位；留空则保留原有记录"))),
    PAY(List.of(
            new ImportColumn("employeeNo", "工号", true, ""),
            new ImportColumn("year", "年度", true, "例如 2025"),
            new ImportColumn("performanceSalary", "绩效年薪（元）", false, "单位：元"),
            new ImportColumn("termIncentive", "任期激励收入（元）", false, "单位：元"),
            new ImportColumn("longTermIncentive", "中长期激励收入（元）", false, "单位：元")));

    private final List<ImportColumn> columns;

    ImportKind(List<ImportColumn> columns) {
        this.columns = columns;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    /** One column of a kind: the field it fills, its Chinese header, whether it must be filled, a hint. */
    public record ImportColumn(String field, String header, boolean required, String hint) {

        public String templateHeader() {
            return required ? header + "*" : header;
        }
    }
}
