package org.jixiao.portal;

/** Where a comment or objection from the public stands in the office's hands. */
public enum ObjectionStatus {
    /** 待处理 — received; the office has not answered it yet; it may be answered or closed. */
    OPEN("待处理"),
    /** 已答复 — the office answered it; the answer shows on the public page; it may be re-answered or closed. */
    ANSWERED("已答复"),
    /** 已办结 — closed by the office, answered or not; nothing changes any more. */
    CLOSED("已办结");

    private final String label;

    ObjectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
