package org.jixiao.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an Excel workbook whose sheets mean different things (a set-up file with 单位, 科室, 人员,
 * 账号): each visible sheet's rows under its name. The same guards as {@link TableFiles} apply
 * (size, zip bomb, encryption, row count); anything that is not a workbook is refused.
 */
public final class WorkbookFiles {

    private static final String NOT_A_WORKBOOK = "文件不是 Excel 工作簿：请上传 .xlsx 文件（可先下载模板填写）";

    private WorkbookFiles() {
    }

    /** The visible sheets by name, in the workbook's order; each row's origin is its sheet's name. */
    public static Map<String, List<SourceRow>> readSheets(byte[] bytes, ImportLimits limits) {
        TableFiles.checkSize(bytes.length, limits);
        if (TableFiles.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return readOfficeOpenXml(bytes, limits);
        }
        if (TableFiles.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return readOle2(bytes, limits);
        }
        throw new ImportRejectedException(ImportProblem.UNSUPPORTED_FORMAT, NOT_A_WORKBOOK);
    }

    private static Map<String, List<SourceRow>> readOfficeOpenXml(byte[] bytes, ImportLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            if (pkg.getPartsByName(Pattern.compile("/xl/workbook\\.xml")).isEmpty()) {
                throw new ImportRejectedException(ImportProblem.UNSUPPORTED_FORMAT, NOT_A_WORKBOOK);
            }
            try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
                return XlsxTableReader.readByName(workbook, limits);
            }
        } catch (ImportRejectedException e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw TableFiles.rejection(e);
        }
    }

    /** Legacy .xls is read as well; an encrypted .xlsx is an OLE2 container too and is refused. */
    private static Map<String, List<SourceRow>> readOle2(byte[] bytes, ImportLimits limits) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new ImportRejectedException(ImportProblem.ENCRYPTED);
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("Book")) {
                throw new ImportRejectedException(ImportProblem.UNSUPPORTED_FORMAT, NOT_A_WORKBOOK);
            }
            try (Workbook workbook = WorkbookFactory.create(fs)) {
                return XlsxTableReader.readByName(workbook, limits);
            }
        } catch (ImportRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw TableFiles.rejection(e);
        }
    }
}
