package org.openets.imports;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The columns of a report file, one row per activity line, each with its English and Chinese header. Report-level
 * columns repeat on every row of a report (or stay blank after the first) and must agree.
 */
public enum Column {
    REPORT_ID("report_id", "报告编号", true, true),
    ENTITY_ID("entity_id", "企业编号", true, true),
    YEAR("year", "年度", true, true),
    COMPILER_BODY("compiler_body", "编制机构", true, true),
    LINE_KIND("line_kind", "排放类型", false, true),
    SOURCE("source", "排放源", false, true),
    INSTALLATION_ID("installation_id", "设施编号", false, false),
    KEY("key", "燃料或电网", false, false),
    QUANTITY("quantity", "活动数据", false, true),
    NCV("ncv", "低位发热量", false, false),
    CARBON_CONTENT("carbon_content", "单位热值含碳量", false, false),
    OXIDATION("oxidation", "碳氧化率", false, false),
    FACTOR("factor", "排放因子", false, false),
    OUTPUT("output", "产量", true, false),
    OUTPUT_UNIT("output_unit", "产量单位", true, false);

    private static final Map<String, Column> BY_HEADER = new TreeMap<>();

    static {
        for (Column column : values()) {
            BY_HEADER.put(column.english, column);
            BY_HEADER.put(column.chinese, column);
        }
    }

    private final String english;
    private final String chinese;
    private final boolean reportLevel;
    private final boolean required;

    Column(String english, String chinese, boolean reportLevel, boolean required) {
        this.english = english;
        this.chinese = chinese;
        this.reportLevel = reportLevel;
        this.required = required;
    }

    /** The column a header names, in either language, ignoring case and surrounding blanks; null if none. */
    static Column byHeader(String header) {
        return header == null ? null : BY_HEADER.get(header.strip().toLowerCase(Locale.ROOT));
    }

    /** The English header, which problems name. */
    public String header() {
        return english;
    }

    public String chineseHeader() {
        return chinese;
    }

    boolean reportLevel() {
        return reportLevel;
    }

    /** Whether the file must have the column; optional ones may be left out altogether. */
    boolean required() {
        return required;
    }
}
