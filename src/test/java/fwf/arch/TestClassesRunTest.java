package fwf.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test class runs. Surefire picks classes by name, so a class of tests whose name matches
 * none of its patterns compiles, looks like a test and silently never runs (as
 * EdgeListReaderProperties did). This reads the patterns from pom.xml itself and checks them
 * against every compiled test class that declares a test: a method whose annotation is JUnit's
 * {@link Testable} or carries it ({@code @Test}, {@code @ParameterizedTest}, jqwik's
 * {@code @Property} and {@code @Example}...).
 */
class TestClassesRunTest {
    /** Surefire's own defaults, for a pom that names no includes. */
    private static final List<String> SUREFIRE_DEFAULTS =
            List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");

    @Test
    void everyClassWithTestsMatchesSurefiresIncludes() throws Exception {
        List<Pattern> includes = surefireIncludes(Path.of("pom.xml")).stream().map(TestClassesRunTest::glob).toList();
        SortedSet<String> withTests = classesWithTests();
        // The check must see what it guards: the property class that once never ran, and no
        // main-program helper (FfmFigures has a main, no test).
        assertThat(withTests).contains("fwf/graph/EdgeListReaderProperties.java", "fwf/arch/TestClassesRunTest.java")
                .doesNotContain("fwf/runner/FfmFigures.java");
        List<String> skipped = withTests.stream()
                .filter(file -> includes.stream().noneMatch(p -> p.matcher(file).matches())).toList();
        assertThat(skipped).as("test classes Surefire would never run (rename them or widen <includes> in pom.xml)")
                .isEmpty();
    }

    @Test
    void globsMeanWhatSurefireMeans() {
        Pattern test = glob("**/*Test.java");
        assertThat(test.matcher("fwf/app/WindowTest.java").matches()).isTrue();
        assertThat(test.matcher("WindowTest.java").matches()).isTrue();
        assertThat(test.matcher("fwf/app/WindowTests.java").matches()).isFalse();
        assertThat(test.matcher("fwf/app/Test/Window.java").matches()).isFalse();
        assertThat(glob("**/Test*.java").matcher("fwf/workload/TestGraphs.java").matches()).isTrue();
    }

    /** The {@code <include>} patterns of the surefire plugin in the pom, or Surefire's defaults when it has none. */
    static List<String> surefireIncludes(Path pom) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        NodeList plugins = doc.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (!"maven-surefire-plugin".equals(childText(plugin, "artifactId"))) {
                continue;
            }
            NodeList found = plugin.getElementsByTagName("include");
            List<String> includes = new ArrayList<>();
            for (int k = 0; k < found.getLength(); k++) {
                includes.add(found.item(k).getTextContent().strip());
            }
            return includes.isEmpty() ? SUREFIRE_DEFAULTS : includes;
        }
        return SUREFIRE_DEFAULTS;
    }

    private static String childText(Element parent, String tag) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    /** An Ant-style pattern as Surefire reads it: {@code **}/ is any folders (or none), {@code *} part of a name. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /**
     * Source-file paths ({@code fwf/graph/EdgeListReaderProperties.java}) of the compiled test
     * classes that declare a test, a nested class counting as its top-level class (Surefire runs
     * it through that one). Abstract classes run only through their subclasses.
     */
    private static SortedSet<String> classesWithTests() {
        SortedSet<String> files = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("fwf")) {
            if (c.getModifiers().contains(JavaModifier.ABSTRACT)) {
                continue;
            }
            boolean hasTests = c.getMethods().stream().anyMatch(m -> m.isMetaAnnotatedWith(Testable.class));
            if (hasTests) {
                JavaClass top = c;
                while (top.getEnclosingClass().isPresent()) {
                    top = top.getEnclosingClass().get();
                }
                files.add(top.getName().replace('.', '/') + ".java");
            }
        }
        return files;
    }
}
