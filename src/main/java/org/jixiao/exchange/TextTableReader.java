package org.jixiao.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tab- or comma-separated text: what Excel puts on the clipboard, .csv/.tsv files and text
 * extracted from published PDFs. Cells quoted Excel-style may hold tabs and line breaks; a quote
 * that is never closed is taken literally. UTF-8 (with or without BOM), else GB18030.
 */
final class TextTableReader {

    private TextTableReader() {
    }

    static List<SourceRow> read(byte[] bytes, ImportLimits limits) {
        return read(decode(bytes), limits);
    }

    static List<SourceRow> read(String text, ImportLimits limits) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        int rows = lines.length;
        if (rows > 0 && lines[rows - 1].isEmpty()) {
            rows--;
        }
        if (rows > limits.maxRows()) {
            throw new ImportRejectedException(ImportProblem.TOO_MANY_ROWS,
                    "文本有 " + rows + " 行，超过导入上限 " + limits.maxRows() + " 行：请拆分后分别导入");
        }
        char delimiter = text.indexOf('\t') >= 0 ? '\t' : ',';
        List<SourceRow> result = new ArrayList<>();
        int line = 0;
        while (line < rows) {
            int start = line;
            List<String> cells = new ArrayList<>();
            line = parseRecord(lines, line, rows, delimiter, cells);
            result.add(new SourceRow("", start + 1, cells.stream().map(CellText::clean).toList()));
        }
        return result;
    }

    /** Parses the record starting at {@code line}; returns the index of the line after it. */
    private static int parseRecord(String[] lines, int line, int rows, char delimiter, List<String> cells) {
        String current = lines[line];
        int pos = 0;
        while (true) {
            if (pos < current.length() && current.charAt(pos) == '"') {
                QuotedField quoted = quoted(lines, line, pos + 1, rows, delimiter);
                if (quoted != null) {
                    cells.add(quoted.value);
                    line = quoted.line;
                    current = lines[line];
                    pos = quoted.next;
                    if (pos >= current.length()) {
                        return line + 1;
                    }
                    pos++;
                    continue;
                }
            }
            int end = current.indexOf(delimiter, pos);
            if (end < 0) {
                cells.add(current.substring(pos));
                return line + 1;
            }
            cells.add(current.substring(pos, end));
            pos = end + 1;
        }
    }

    private record QuotedField(String value, int line, int next) {
    }

    /** A quoted field whose closing quote is followed by the delimiter or the end of a line, or null. */
    private static QuotedField quoted(String[] lines, int line, int pos, int rows, char delimiter) {
        StringBuilder value = new StringBuilder();
        int lastLine = Math.min(rows - 1, line + 50);
        while (line <= lastLine) {
            String current = lines[line];
            while (pos < current.length()) {
                char c = current.charAt(pos);
                if (c == '"') {
                    if (pos + 1 < current.length() && current.charAt(pos + 1) == '"') {
                        value.append('"');
                        pos += 2;
                        continue;
                    }
                    if (pos + 1 == current.length() || current.charAt(pos + 1) == delimiter) {
                        return new QuotedField(value.toString(), line, pos + 1);
                    }
                    return null;
                }
                value.append(c);
                pos++;
            }
            value.append('\n');
            line++;
            pos = 0;
        }
        return null;
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
