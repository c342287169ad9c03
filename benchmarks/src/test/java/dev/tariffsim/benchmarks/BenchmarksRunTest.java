package dev.tariffsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every JMH benchmark still runs: for each class of this module with a {@link Benchmark} method, the state is made
 * with each {@link Param} value (one parameter at a time, the others at their first value), its {@link Setup} methods
 * run, and each benchmark method is invoked at least once and then again for up to 100 ms or 2,000 invocations (so
 * that a method that resets its state every few hundred calls gets there), then the {@link TearDown} methods. Plain
 * reflection on the calling thread, no JMH fork: it checks that the benchmarks work, not how fast (a benchmark whose
 * setup broke when the model grew, like {@code AccumulatorBenchmark}'s hard-coded five series, fails here rather than
 * when someone next measures). Under the system property {@link Reference#SMOKE} the full run and the runs to a
 * precision target use a few thousand paths instead of 100,000 or up to 4 million, so the whole test takes seconds.
 */
final class BenchmarksRunTest {
    private static final long REPEAT_NANOS = 100_000_000L;
    private static final int REPEAT_MAX = 2_000;

    @Test
    void everyBenchmarkSetsUpAndRunsWithEveryParameterValue() throws Exception {
        List<Class<?>> classes = benchmarkClasses();
        assertThat(classes).extracting(Class::getSimpleName)
            .contains("AccumulatorBenchmark", "SmallRunBenchmark", "TimeToPrecisionBenchmark");
        List<String> failures = new ArrayList<>();
        System.setProperty(Reference.SMOKE, "true");
        try {
            for (Class<?> c : classes) {
                for (Map<Field, String> params : parameterSettings(c)) {
                    try {
                        runOnce(c, params);
                    } catch (InvocationTargetException e) {
                        failures.add(c.getSimpleName() + " " + describe(params) + ": " + e.getCause());
                    }
                }
            }
        } finally {
            System.clearProperty(Reference.SMOKE);
        }
        assertThat(failures).as("benchmarks that fail").isEmpty();
    }

    /** The classes of this package (not JMH's generated code) that declare a benchmark method, by name. */
    private static List<Class<?>> benchmarkClasses() throws Exception {
        Path dir = Path.of(Reference.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(Reference.class.getPackageName().replace('.', '/'));
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> c = Class.forName(Reference.class.getPackageName() + "."
                        + name.substring(0, name.length() - ".class".length()));
                    if (Arrays.stream(c.getMethods()).anyMatch(m -> m.isAnnotationPresent(Benchmark.class))) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /** The first value of every parameter, then each other value of each parameter with the rest at their first. */
    private static List<Map<Field, String>> parameterSettings(Class<?> c) {
        List<Field> fields = Arrays.stream(c.getFields()).filter(f -> f.isAnnotationPresent(Param.class)).toList();
        Map<Field, String> first = new LinkedHashMap<>();
        for (Field f : fields) {
            String[] values = f.getAnnotation(Param.class).value();
            assertThat(values).as("%s.%s has @Param values", c.getSimpleName(), f.getName()).isNotEmpty();
            first.put(f, values[0]);
        }
        List<Map<Field, String>> out = new ArrayList<>();
        out.add(first);
        for (Field f : fields) {
            String[] values = f.getAnnotation(Param.class).value();
            for (int i = 1; i < values.length; i++) {
                Map<Field, String> one = new LinkedHashMap<>(first);
                one.put(f, values[i]);
                out.add(one);
            }
        }
        return out;
    }

    private static void runOnce(Class<?> c, Map<Field, String> params) throws Exception {
        Object state = c.getDeclaredConstructor().newInstance();
        for (Map.Entry<Field, String> p : params.entrySet()) {
            p.getKey().set(state, convert(p.getKey().getType(), p.getValue()));
        }
        List<Method> setups = annotated(c, Setup.class);
        List<Method> perInvocation = setups.stream()
            .filter(m -> m.getAnnotation(Setup.class).value() == Level.Invocation).toList();
        for (Method m : setups) {
            if (!perInvocation.contains(m)) {
                m.invoke(state);
            }
        }
        Blackhole blackhole = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        for (Method m : annotated(c, Benchmark.class)) {
            Object[] args = Arrays.stream(m.getParameterTypes()).map(t -> {
                assertThat(t).as("%s.%s: parameters other than Blackhole need this test extended", c.getSimpleName(),
                    m.getName()).isEqualTo(Blackhole.class);
                return blackhole;
            }).toArray();
            long start = System.nanoTime();
            int n = 0;
            do {
                for (Method s : perInvocation) {
                    s.invoke(state);
                }
                blackhole.consume(m.invoke(state, args));
                n++;
            } while (n < REPEAT_MAX && System.nanoTime() - start < REPEAT_NANOS);
        }
        for (Method m : annotated(c, TearDown.class)) {
            m.invoke(state);
        }
    }

    private static List<Method> annotated(Class<?> c, Class<? extends java.lang.annotation.Annotation> a) {
        return Arrays.stream(c.getMethods()).filter(m -> m.isAnnotationPresent(a))
            .sorted(Comparator.comparing(Method::getName)).toList();
    }

    private static Object convert(Class<?> type, String value) {
        if (type == int.class) {
            return Integer.parseInt(value);
        }
        if (type == long.class) {
            return Long.parseLong(value);
        }
        if (type == double.class) {
            return Double.parseDouble(value);
        }
        if (type == boolean.class) {
            return Boolean.parseBoolean(value);
        }
        if (type.isEnum()) {
            return enumValue(type, value);
        }
        assertThat(type).as("@Param type").isEqualTo(String.class);
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String value) {
        return Enum.valueOf((Class) type, value);
    }

    private static String describe(Map<Field, String> params) {
        StringBuilder s = new StringBuilder("(");
        params.forEach((f, v) -> s.append(s.length() > 1 ? ", " : "").append(f.getName()).append('=').append(v));
        return s.append(')').toString();
    }
}
