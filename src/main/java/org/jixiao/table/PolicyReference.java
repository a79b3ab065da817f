package org.jixiao.table;

import org.jspecify.annotations.Nullable;

/**
 * 文件依据 — one policy document an indicator comes from, with an optional note on where in it
 * (e.g. "属市委工作要点第2条，第5页").
 *
 * @param title  the document as written (title, number or both)
 * @param number its document number when one is written, e.g. 泉委办〔2025〕10号
 * @param note   item and page reference, empty when none
 */
public record PolicyReference(String title, @Nullable DocumentNumber number, String note) {

    public PolicyReference {
        title = title == null ? "" : title.strip();
        note = note == null ? "" : note.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("文件依据不能为空");
        }
    }

    /** A reference whose number, if any, is read from the title. */
    public static PolicyReference of(String title, String note) {
        return new PolicyReference(title, DocumentNumber.find(title).orElse(null), note);
    }
}
