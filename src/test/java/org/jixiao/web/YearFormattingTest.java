package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A year passed as a number to a message is formatted with a grouping separator ("2,025年度"): every
 * template that hands a year to a message hands it as text ({@code #strings.toString(cycle.year)}).
 * Printed directly ({@code th:text="${cycle.year}"}) a year needs nothing.
 */
class YearFormattingTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** A message expression with arguments: #{key(…)}. */
    private static final Pattern MESSAGE = Pattern.compile("#\\{[\\w.]+\\((.*?)\\)}");
    /** An argument that is a year: ${….year} or ${year}, not wrapped as text. */
    private static final Pattern NUMERIC_YEAR = Pattern.compile("\\$\\{\\s*([\\w.]*\\.)?[yY]ear\\s*}");

    @Test
    void noTemplateHandsAYearToAMessageAsANumber() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        List<String> offenders = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher message = MESSAGE.matcher(lines.get(i));
                while (message.find()) {
                    if (NUMERIC_YEAR.matcher(message.group(1)).find()) {
                        offenders.add(TEMPLATES.relativize(file) + ":" + (i + 1) + " " + message.group());
                    }
                }
            }
        }
        assertThat(offenders).as("years handed to messages as numbers (write ${#strings.toString(….year)})").isEmpty();
    }

    @Test
    void theCheckCatchesAYearHandedAsANumber() {
        Matcher message = MESSAGE.matcher("<h1 th:text=\"#{import.heading(${cycle.year}, ${unit.name})}\">");
        assertThat(message.find()).isTrue();
        assertThat(NUMERIC_YEAR.matcher(message.group(1)).find()).isTrue();
        Matcher fixed = MESSAGE.matcher("#{import.heading(${#strings.toString(cycle.year)}, ${unit.name})}");
        assertThat(fixed.find()).isTrue();
        assertThat(NUMERIC_YEAR.matcher(fixed.group(1)).find()).isFalse();
    }
}
