package org.jixiao.exchange;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.table.ResponsibleDepartment;
import org.jixiao.table.Responsibility;

/** Splits the name cells of a row (责任科室, 科室负责人, 分管领导) into names and pairs them up. */
final class Names {

    private Names() {
    }

    /**
     * Names in a cell, separated by spaces, line breaks or 、，,；; a space inside a two-character
     * name ("李 昀", as PDF extraction writes it) is closed up, and a bracket after a name ("综合科
     * （创服中心）") stays with it.
     */
    static List<String> split(String cell) {
        List<String> tokens = new ArrayList<>();
        for (String token : cell.strip().split("[\\s、，,；;/]+")) {
            if (token.isEmpty()) {
                continue;
            }
            int last = tokens.size() - 1;
            boolean openBracket = last >= 0 && depth(tokens.get(last)) > 0;
            boolean continuation = token.startsWith("（") || token.startsWith("(") || token.startsWith("）")
                    || token.startsWith(")");
            boolean singleHan = last >= 0 && tokens.get(last).codePointCount(0, tokens.get(last).length()) == 1;
            if (openBracket || continuation || singleHan) {
                tokens.set(last, tokens.get(last) + token);
            } else {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static int depth(String token) {
        int depth = 0;
        for (char c : token.toCharArray()) {
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /** Departments paired with their heads by position; surplus heads are kept as 责任人. */
    static Responsibility responsibility(RowFields row) {
        List<String> departments = split(row.departments());
        List<String> heads = split(row.heads());
        List<ResponsibleDepartment> pairs = new ArrayList<>();
        for (int i = 0; i < departments.size(); i++) {
            pairs.add(new ResponsibleDepartment(departments.get(i), i < heads.size() ? heads.get(i) : ""));
        }
        List<String> persons = new ArrayList<>(heads.subList(Math.min(departments.size(), heads.size()), heads.size()));
        persons.addAll(split(row.persons()));
        return new Responsibility(row.deadline().strip(), pairs, split(row.leaders()), persons, row.remark().strip());
    }
}
