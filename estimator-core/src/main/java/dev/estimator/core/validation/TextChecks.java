package dev.estimator.core.validation;

import dev.estimator.core.model.Estimate;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Every text of an estimate built in code, checked for characters no document can hold (see
 * {@link TextCharacters}). A file's texts are checked as it is read, with the same rule, and a
 * bad one never reaches the model, so a file's estimate skips this walk
 * ({@link EstimateValidator#findingsOfCheckedTexts}); it makes {@link EstimateValidator#validate}
 * refuse the same texts in an estimate built in code.
 *
 * <p>Each record type's components are looked up once (not per record: a 100,000-item estimate
 * has millions of values), components that cannot hold text are skipped, a path is spelled out
 * only for a text with a problem, and a text shared by many items is checked once.
 */
final class TextChecks {

    /** One record component that may hold text: its name in the file and its accessor. */
    private record Part(String name, MethodHandle accessor) {
    }

    private static final ClassValue<Part[]> PARTS = new ClassValue<>() {
        @Override
        protected Part[] computeValue(Class<?> type) {
            List<Part> parts = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                if (holdsNoText(component.getType())) {
                    continue;
                }
                String name = component.getName().equals("customUnit") ? "unit" : component.getName();
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    MethodHandle handle = MethodHandles.lookup().unreflect(accessor)
                            .asType(java.lang.invoke.MethodType.methodType(Object.class, Object.class));
                    parts.add(new Part(name, handle));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + type.getSimpleName(), e);
                }
            }
            return parts.toArray(Part[]::new);
        }
    };

    /** Texts no longer than this are checked each time: cheaper than remembering them. */
    private static final int REMEMBERED_LENGTH = 32;

    private final List<Finding> findings = new ArrayList<>();
    /** Long texts already found fine, by identity: the same text object shared by many items. */
    private final Set<String> fine = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The path to the value being looked at: component names (String) and list indexes (Integer). */
    private final Object[] path = new Object[MAX_DEPTH + 2];

    private static final int MAX_DEPTH = 64;

    private TextChecks() {
    }

    static List<Finding> check(Estimate estimate) {
        TextChecks checks = new TextChecks();
        checks.walk(estimate, 0);
        return checks.findings;
    }

    private static boolean holdsNoText(Class<?> type) {
        return type.isPrimitive() || type.isEnum() || Number.class.isAssignableFrom(type) || type == Boolean.class
                || Temporal.class.isAssignableFrom(type) || type == java.util.Currency.class
                || type == java.util.Locale.class || type == BigDecimal.class;
    }

    private void walk(Object value, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String text) {
            boolean remember = text.length() > REMEMBERED_LENGTH;
            if (remember && fine.contains(text)) {
                return;
            }
            String problem = TextCharacters.problem(text);
            if (problem != null) {
                findings.add(new Finding(pointer(depth), problem));
            } else if (remember) {
                fine.add(text);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                path[depth] = i;
                walk(list.get(i), depth + 1);
            }
        } else if (value instanceof Record record) {
            for (Part part : PARTS.get(record.getClass())) {
                path[depth] = part.name();
                walk(read(part, record), depth + 1);
            }
        }
    }

    private String pointer(int depth) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            pointer.append('/').append(path[i]);
        }
        return pointer.toString();
    }

    private static Object read(Part part, Record record) {
        try {
            return part.accessor().invokeExact((Object) record);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + part.name() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
