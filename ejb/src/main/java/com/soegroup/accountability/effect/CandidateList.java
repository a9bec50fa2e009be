package com.soegroup.accountability.effect;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.table.Table;
import com.soegroup.accountability.shared.table.TableException;
import com.soegroup.accountability.shared.table.TableReader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * HR's candidate list (候选人名单): an {@code .xlsx} or CSV file whose first column holds employee numbers, with
 * or without a header row. Recognised by its content, never its name: anything that is neither a workbook nor
 * text is refused before it is parsed.
 */
public final class CandidateList {

    public static final String FIELD = "file";
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** What an employee number looks like; a first row that does not is a header (工号, Employee No., ...). */
    private static final Pattern EMPLOYEE_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,31}");
    private static final Pattern ENGLISH_HEADER = Pattern.compile("(?i)employee[ _-]?(no\\.?|number|id)|emp[ _-]?no\\.?");

    private CandidateList() {
    }

    /**
     * The employee numbers in file order (duplicates kept: the answer has a line for each).
     *
     * @throws AccountabilityException invalid input on {@value #FIELD} with a sentence for the user
     */
    public static List<String> parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw AccountabilityException.invalid(FIELD, "effect.upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw AccountabilityException.invalid(FIELD, "effect.upload.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        if (!isZip(content) && !isText(content)) {
            throw AccountabilityException.invalid(FIELD, "effect.upload.type");
        }
        Table table;
        try {
            table = TableReader.read(content);
        } catch (TableException e) {
            if ("import.file.tooManyRows".equals(e.messageKey())) {
                throw AccountabilityException.invalid(FIELD, "effect.upload.tooMany", EffectService.MAX_BATCH);
            }
            // an .xlsx that is not a workbook, or text that is not CSV: the same sentence for the user
            throw AccountabilityException.invalid(FIELD, "effect.upload.type");
        }
        List<String> numbers = new ArrayList<>();
        String first = table.headers().isEmpty() ? "" : table.headers().get(0).strip();
        if (!first.isEmpty() && EMPLOYEE_NO.matcher(first).matches() && !ENGLISH_HEADER.matcher(first).matches()) {
            numbers.add(first);
        }
        for (Table.Row row : table.rows()) {
            String number = row.cell(0) == null ? "" : row.cell(0).strip();
            if (!number.isEmpty()) {
                numbers.add(number);
            }
            if (numbers.size() > EffectService.MAX_BATCH) {
                throw AccountabilityException.invalid(FIELD, "effect.upload.tooMany", EffectService.MAX_BATCH);
            }
        }
        if (numbers.isEmpty()) {
            throw AccountabilityException.invalid(FIELD, "effect.upload.noRows");
        }
        return numbers;
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** Text has no control characters but tab and line ends (a PDF, an image or an old .xls has plenty). */
    private static boolean isText(byte[] content) {
        int checked = Math.min(content.length, 64 * 1024);
        for (int i = 0; i < checked; i++) {
            int b = content[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0c) {
                return false;
            }
        }
        return true;
    }
}
