package org.openets.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Report files for tests: CSV text as bytes, and XLSX workbooks written by POI with numbers as numeric cells. */
final class ReportFiles {

    static final String ENGLISH_HEADER = "report_id,entity_id,year,compiler_body,line_kind,source,key,quantity,ncv,"
            + "carbon_content,oxidation,factor,output,output_unit";

    private ReportFiles() {
    }

    static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A workbook whose first sheet holds {@code rows} from row 1; a cell that parses as a decimal is written as a
     * numeric cell, a {@link Boolean} as a boolean cell, null left out, anything else as text.
     */
    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("报告");
            workbook.createSheet("ignored").createRow(0).createCell(0).setCellValue("second sheet");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Boolean b) {
                        row.createCell(c).setCellValue(b);
                    } else if (value instanceof String s && s.matches("-?[0-9]+(\\.[0-9]+)?")) {
                        row.createCell(c).setCellValue(new BigDecimal(s).doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
