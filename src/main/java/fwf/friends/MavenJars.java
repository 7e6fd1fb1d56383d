package fwf.friends;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jars that Maven copies from Maven Central into the friends' cache, {@code <name>/<version>/},
 * from a pom written beside them: parts a friend needs that are not in the program's jar or image
 * (jvm-graal's compiler, GraalPy), fetched by {@code ./fwf friends install}.
 *
 * @param what      for messages ("the Graal compiler's jars")
 * @param name      the cache folder's name and the pom's ({@code graal}: {@code graal/25.0.1/},
 *                  {@code graal-jars-25.0.1.pom.xml})
 * @param version   the version the folder and the pom are named by
 * @param artifacts the pom's dependencies, {@code group:artifact:version[:type]}
 * @param jars      the files Maven resolves for them: all of them in the folder means fetched
 */
record MavenJars(String what, String name, String version, List<String> artifacts, List<String> jars)
        implements Probe.Fetched {
    MavenJars {
        artifacts = List.copyOf(artifacts);
        jars = List.copyOf(jars);
    }

    @Override
    public String tool() {
        return "Maven";
    }

    Path folder(Path cacheRoot) {
        return cacheRoot.resolve(name).resolve(version);
    }

    /** Why the jars cannot be used, or empty when every one is in the cache. */
    @Override
    public Optional<String> missing(Path cacheRoot) {
        Path folder = folder(cacheRoot);
        List<String> absent = jars.stream().filter(j -> !Files.isRegularFile(folder.resolve(j))).toList();
        if (absent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(what + " (" + String.join(" with ", artifacts) + ") are not in " + folder + " (missing "
                + String.join(", ", absent) + "): run ./fwf friends install, which fetches them with Maven");
    }

    /** Writes the pom beside the folder and gives Maven's command that copies the jars into it. */
    @Override
    public List<String> prepare(Path cacheRoot) throws IOException {
        Path pom = folder(cacheRoot).resolveSibling(name + "-jars-" + version + ".pom.xml");
        try {
            Files.createDirectories(pom.getParent());
            Files.writeString(pom, pom());
        } catch (IOException e) {
            throw new IOException("cannot write " + pom + ": " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-f", pom.toString(),
                "dependency:copy-dependencies", "-DincludeScope=runtime"));
        if (artifacts.stream().anyMatch(a -> a.endsWith(":pom"))) {
            // A pom-typed dependency (GraalPy's python) only gathers others: its own file is no jar.
            command.add("-DexcludeTypes=pom");
        }
        command.add("-DoutputDirectory=" + folder(cacheRoot));
        return command;
    }

    /** A pom whose dependencies are {@link #artifacts}, for {@code mvn dependency:copy-dependencies}. */
    String pom() {
        StringBuilder dependencies = new StringBuilder();
        for (String artifact : artifacts) {
            String[] gav = artifact.split(":");
            dependencies.append("    <dependency>\n      <groupId>").append(gav[0]).append("</groupId>\n")
                    .append("      <artifactId>").append(gav[1]).append("</artifactId>\n")
                    .append("      <version>").append(gav[2]).append("</version>\n");
            if (gav.length > 3) {
                dependencies.append("      <type>").append(gav[3]).append("</type>\n");
            }
            dependencies.append("    </dependency>\n");
        }
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>fwf.friends</groupId>
                  <artifactId>%s-jars</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <dependencies>
                %s  </dependencies>
                </project>
                """.formatted(name, dependencies);
    }
}
