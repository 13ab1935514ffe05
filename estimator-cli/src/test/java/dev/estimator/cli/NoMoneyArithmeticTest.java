package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.export.ExportRequest;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the calculator computes money (issue 7): no class of {@code estimator-export} or
 * {@code estimator-cli} may call {@code BigDecimal}'s arithmetic or the rounding policy's money
 * operations. The check reads the compiled classes' constant pools, so it sees direct calls and
 * method references ({@code BigDecimal::add}) alike, whatever the source looks like.
 */
class NoMoneyArithmeticTest {

    /** {@code owner.name} of every method a renderer must not call. */
    private static final Set<String> FORBIDDEN = Set.of(
            "java/math/BigDecimal.add", "java/math/BigDecimal.subtract", "java/math/BigDecimal.multiply",
            "java/math/BigDecimal.divide", "java/math/BigDecimal.divideToIntegralValue",
            "java/math/BigDecimal.divideAndRemainder", "java/math/BigDecimal.remainder", "java/math/BigDecimal.pow",
            "dev/estimator/core/calc/RoundingPolicy.percentage", "dev/estimator/core/calc/RoundingPolicy.money",
            "dev/estimator/core/calc/RoundingPolicy.percentOf", "dev/estimator/core/calc/RoundingPolicy.amount",
            "dev/estimator/core/calc/RoundingPolicy.ratePerUnit");

    /**
     * Classes allowed to call one of them, each with its reason. Keep this short: a figure a
     * document shows belongs in {@code EstimateTotals}.
     */
    private static final Map<String, String> EXCEPTIONS = Map.of(
            "dev/estimator/export/html/BarChartSvg",
            "scales each bar's length in pixels (value / largest value × width); geometry, not a figure anyone reads");

    @Test
    void noExporterOrCommandDoesArithmeticOnMoney() {
        List<String> violations = new ArrayList<>();
        int classes = 0;
        for (Path location : List.of(location(ExportRequest.class), location(EstimatorCli.class))) {
            for (ClassBytes type : classesIn(location)) {
                classes++;
                String topLevel = type.name().replaceFirst("\\$.*", "");
                for (String call : methodReferences(type.bytes())) {
                    if (FORBIDDEN.contains(call) && !EXCEPTIONS.containsKey(topLevel)) {
                        violations.add(type.name().replace('/', '.') + " calls " + call.replace('/', '.'));
                    }
                }
            }
        }
        assertTrue(classes > 50, "found only " + classes + " classes to check");
        assertTrue(violations.isEmpty(), "only the calculator computes money; move these figures into "
                + "EstimateTotals (or a sibling result):\n" + String.join("\n", violations));
    }

    @Test
    void theCheckSeesMethodReferences() {
        Set<String> calls = methodReferences(bytesOf(Sample.class));
        assertTrue(calls.contains("java/math/BigDecimal.add"), calls.toString());
        assertTrue(calls.contains("java/math/BigDecimal.multiply"), calls.toString());
        assertFalse(calls.contains("java/math/BigDecimal.subtract"), calls.toString());
    }

    /** What the check must catch: a method reference and a direct call. */
    private static final class Sample {
        static java.math.BigDecimal sum(List<java.math.BigDecimal> values) {
            return values.stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                    .multiply(java.math.BigDecimal.TEN);
        }
    }

    private record ClassBytes(String name, byte[] bytes) {
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every class file under a classes folder or in a jar (main code only: tests are not on that path). */
    private static List<ClassBytes> classesIn(Path location) {
        List<ClassBytes> out = new ArrayList<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String name = location.relativize(file).toString().replace('\\', '/');
                        out.add(new ClassBytes(name.substring(0, name.length() - 6), Files.readAllBytes(file)));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (JarEntry entry : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            String name = entry.getName();
                            out.add(new ClassBytes(name.substring(0, name.length() - 6), in.readAllBytes()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.removeIf(c -> c.name().endsWith("module-info") || c.name().endsWith("package-info"));
        return out;
    }

    private static byte[] bytesOf(Class<?> type) {
        try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code owner.name} of every method the class file refers to (JVMS 4.4: Methodref and
     * InterfaceMethodref entries, which calls and method handles both use).
     */
    static Set<String> methodReferences(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNames = new int[count];
            int[][] refs = new int[count][];
            int[] nameAndTypeNames = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNames[i] = in.readUnsignedShort();
                    case 10, 11 -> refs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    case 12 -> {
                        nameAndTypeNames[i] = in.readUnsignedShort();
                        in.readUnsignedShort();
                    }
                    case 3, 4, 9, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
                }
            }
            Set<String> out = new TreeSet<>();
            for (int[] ref : refs) {
                if (ref != null) {
                    out.add(utf8[classNames[ref[0]]] + "." + utf8[nameAndTypeNames[ref[1]]]);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
