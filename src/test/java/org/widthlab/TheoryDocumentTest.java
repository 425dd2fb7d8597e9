package org.widthlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The theory document ships inside the program, keeps its sections 1–9, and every {@code theory.md §n}
 * citation in the sources and the README points at a section that exists. Nothing cites a document
 * outside the repository.
 */
class TheoryDocumentTest {

    static final String RESOURCE = "/org/widthlab/help/theory.md";
    private static final Pattern SECTION_HEADING = Pattern.compile("(?m)^## (\\d+)\\. ");
    /** {@code theory.md §6}, {@code theory.md §1–2}, {@code theory.md §3–§6}, {@code theory.md §3, §6}. */
    private static final Pattern CITATION = Pattern.compile("theory\\.md (§\\d+(?:\\s*[–-]\\s*§?\\d+)?(?:,\\s*§\\d+)*)");

    /** The team's specification and folder beside the repository, spelled so that this file does not cite them. */
    private static final String OUTSIDE_DOCUMENT = "THEORY" + ".md";
    private static final String OUTSIDE_FOLDER = "../" + "shared";

    private static String document() throws IOException {
        try (InputStream in = TheoryDocumentTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<Integer> sections() throws IOException {
        Set<Integer> sections = new TreeSet<>();
        Matcher m = SECTION_HEADING.matcher(document());
        while (m.find()) {
            sections.add(Integer.parseInt(m.group(1)));
        }
        return sections;
    }

    private static List<Path> citingFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        files.add(Path.of("README.md"));
        return files;
    }

    @Test
    void hasTheNineSectionsOfTheSpecification() throws IOException {
        assertEquals(IntStream.rangeClosed(1, 9).boxed().collect(Collectors.toCollection(TreeSet::new)), sections());
    }

    @Test
    void everyCitationNamesASectionThatExists() throws IOException {
        Set<Integer> sections = sections();
        List<String> broken = new ArrayList<>();
        int citations = 0;
        for (Path file : citingFiles()) {
            Matcher m = CITATION.matcher(Files.readString(file));
            while (m.find()) {
                citations++;
                Matcher number = Pattern.compile("\\d+").matcher(m.group(1));
                while (number.find()) {
                    if (!sections.contains(Integer.parseInt(number.group()))) {
                        broken.add(file + ": " + m.group());
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "citations of missing sections: " + broken);
        assertTrue(citations > 50, "the sources cite the document (found " + citations + ")");
    }

    @Test
    void nothingCitesADocumentOutsideTheRepository() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path file : citingFiles()) {
            String text = Files.readString(file);
            if (text.contains(OUTSIDE_DOCUMENT) || text.contains(OUTSIDE_FOLDER)) {
                outside.add(file.toString());
            }
        }
        assertTrue(outside.isEmpty(), "cite src/main/resources/org/widthlab/help/theory.md instead in " + outside);
    }
}
