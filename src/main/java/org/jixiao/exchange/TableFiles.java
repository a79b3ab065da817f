package org.jixiao.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Turns a file's bytes into rows, whatever it is: .xlsx (and legacy .xls), .docx, or text
 * (.csv/.tsv/pasted/extracted). Refuses hostile or unreadable input with an {@link ImportRejectedException}.
 */
public final class TableFiles {

    private TableFiles() {
    }

    public static List<SourceRow> read(Path file, ImportLimits limits) throws IOException {
        long size = Files.size(file);
        checkSize(size, limits);
        return read(Files.readAllBytes(file), limits);
    }

    public static List<SourceRow> read(byte[] bytes, ImportLimits limits) {
        checkSize(bytes.length, limits);
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return readOfficeOpenXml(bytes, limits);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return readOle2(bytes, limits);
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            throw new ImportRejectedException(ImportProblem.UNSUPPORTED_FORMAT,
                    "PDF 文件不能直接导入：请复制其中的表格文字粘贴导入，或另存为 Excel/Word 后再导入");
        }
        if (looksBinary(bytes)) {
            throw new ImportRejectedException(ImportProblem.NOT_A_TABLE);
        }
        return TextTableReader.read(bytes, limits);
    }

    private static List<SourceRow> readOfficeOpenXml(byte[] bytes, ImportLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            if (!pkg.getPartsByName(Pattern.compile("/xl/workbook\\.xml")).isEmpty()) {
                try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
                    return XlsxTableReader.read(workbook, limits);
                }
            }
            if (!pkg.getPartsByName(Pattern.compile("/word/document\\.xml")).isEmpty()) {
                try (XWPFDocument document = new XWPFDocument(pkg)) {
                    return DocxTableReader.read(document, limits);
                }
            }
            throw new ImportRejectedException(ImportProblem.UNSUPPORTED_FORMAT);
        } catch (ImportRejectedException e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw rejection(e);
        }
    }

    private static List<SourceRow> readOle2(byte[] bytes, ImportLimits limits) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new ImportRejectedException(ImportProblem.ENCRYPTED);
            }
            if (fs.getRoot().hasEntry("WordDocument")) {
                throw new ImportRejectedException(ImportProblem.UNSUPPORTED_FORMAT,
                        "不支持旧版 Word（.doc）文件：请在 Word 中另存为 .docx 后再导入");
            }
            try (Workbook workbook = WorkbookFactory.create(fs)) {
                return XlsxTableReader.read(workbook, limits);
            }
        } catch (ImportRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw rejection(e);
        }
    }

    static ImportRejectedException rejection(Exception e) {
        String message = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
        if (message.contains("Zip bomb") || message.contains("exceed the max") || message.contains("max size")) {
            return new ImportRejectedException(ImportProblem.ZIP_BOMB, ImportProblem.ZIP_BOMB.message(), e);
        }
        if (e instanceof org.apache.poi.EncryptedDocumentException) {
            return new ImportRejectedException(ImportProblem.ENCRYPTED, ImportProblem.ENCRYPTED.message(), e);
        }
        return new ImportRejectedException(ImportProblem.UNREADABLE, ImportProblem.UNREADABLE.message(), e);
    }

    static void checkSize(long size, ImportLimits limits) {
        if (size > limits.maxBytes()) {
            throw new ImportRejectedException(ImportProblem.TOO_LARGE, String.format(
                    "文件大小 %.1f MB，超过导入上限 %.1f MB：请删除表格以外的内容（图片、其他工作表）后再导入",
                    size / 1048576.0, limits.maxBytes() / 1048576.0));
        }
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                control++;
            }
        }
        return length > 0 && control * 20 > length;
    }

}
