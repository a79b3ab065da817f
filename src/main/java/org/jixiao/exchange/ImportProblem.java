package org.jixiao.exchange;

/** Why a file was refused as a whole. Codes are stable for the API; messages are for people. */
public enum ImportProblem {
    /** The bytes are not a spreadsheet, a Word document or text. */
    NOT_A_TABLE("文件不是表格：请上传 .xlsx、.docx、.csv 或文本文件"),
    /** A format we know but do not read (legacy .doc, .pdf …). */
    UNSUPPORTED_FORMAT("不支持该文件格式：请在 Word/Excel 中另存为 .docx 或 .xlsx 后再导入"),
    /** Password-protected Office file. */
    ENCRYPTED("文件已加密：请在 Excel/Word 中取消密码保护后再导入"),
    /** A zip whose entries inflate far beyond their size. */
    ZIP_BOMB("文件解压后异常庞大，疑似恶意文件，已拒绝导入"),
    /** More bytes than the limit. */
    TOO_LARGE("文件过大"),
    /** More rows than the limit. */
    TOO_MANY_ROWS("表格行数过多"),
    /** No row carries the column headers of a target table. */
    NO_HEADER("未找到考评表表头：表格中应有“序号”“一级指标”“二级指标”“权重”等列名"),
    /** Damaged or otherwise unreadable file. */
    UNREADABLE("文件无法读取，可能已损坏：请重新保存后再导入");

    private final String message;

    ImportProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
