package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module descriptors ({@code src/main/module-info}) hold: every module's main code compiles as
 * that module (the build compiles it on the class path and the descriptor on its own, see the
 * parent pom), and no exported signature names a type of a module it does not require
 * transitively, so Jackson, POI and OpenPDF stay inside.
 */
class ModuleDescriptorsTest {

    private static final List<String> MODULES = List.of("estimator-core", "estimator-export", "estimator-cli");

    @Test
    void everyModuleCompilesAsDescribedAndLeaksNoDependencyTypes(@TempDir Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path root = Path.of("").toAbsolutePath().getParent();
        String dependencies = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("estimator-") && entry.endsWith(".jar"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> modulePath = new ArrayList<>(List.of(dependencies));
        for (String module : MODULES) {
            Path classes = out.resolve(module);
            List<String> args = new ArrayList<>(List.of("--release", "21", "-Xlint:exports", "-Werror", "-proc:none",
                    "-d", classes.toString(), "--module-path", String.join(File.pathSeparator, modulePath)));
            args.add(root.resolve(module).resolve("src/main/module-info/module-info.java").toString());
            args.addAll(sources(root.resolve(module).resolve("src/main/java")));
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int status = javac.run(null, null, errors, args.toArray(String[]::new));
            assertEquals(0, status, () -> module + " does not compile as its module-info describes it:\n" + errors);
            modulePath.addFirst(classes.toString());
        }
    }

    @Test
    void theLibrariesExportTheirPublicPackagesAndNothingInternal() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        ModuleDescriptor core = descriptor(root.resolve("estimator-core/target/classes/module-info.class"));
        ModuleDescriptor export = descriptor(root.resolve("estimator-export/target/classes/module-info.class"));
        assertEquals(Set.of("dev.estimator.core.model", "dev.estimator.core.calc", "dev.estimator.core.format",
                "dev.estimator.core.validation", "dev.estimator.core.simulation", "dev.estimator.core.compare",
                "dev.estimator.core.negotiation", "dev.estimator.core.acceptance"), exported(core));
        assertTrue(exported(export).containsAll(Set.of("dev.estimator.export", "dev.estimator.export.document",
                "dev.estimator.export.format", "dev.estimator.export.html", "dev.estimator.export.pdf", "dev.estimator.export.xlsx")),
                exported(export).toString());
        assertTrue(exported(export).stream().allMatch(p -> p.startsWith("dev.estimator.export")));
    }

    private static Set<String> exported(ModuleDescriptor descriptor) {
        return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
    }

    private static ModuleDescriptor descriptor(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return ModuleDescriptor.read(in);
        }
    }

    private static List<String> sources(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
