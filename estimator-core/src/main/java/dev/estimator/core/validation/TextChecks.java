package dev.estimator.core.validation;

import dev.estimator.core.model.Estimate;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Every text of an estimate built in code, checked for characters no document can hold (see
 * {@link TextCharacters}). A file's texts are checked as it is read; this walks the model's
 * records so that {@link EstimateValidator#validate} refuses the same texts.
 */
final class TextChecks {

    private final List<Finding> findings = new ArrayList<>();

    private TextChecks() {
    }

    static List<Finding> check(Estimate estimate) {
        TextChecks checks = new TextChecks();
        checks.walk(estimate, "", 0);
        return checks.findings;
    }

    private void walk(Object value, String pointer, int depth) {
        if (value == null || depth > 64) {
            return;
        }
        if (value instanceof String text) {
            String problem = TextCharacters.problem(text);
            if (problem != null) {
                findings.add(new Finding(pointer, problem));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), pointer + "/" + i, depth + 1);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                String name = component.getName().equals("customUnit") ? "unit" : component.getName();
                walk(read(component, record), pointer + "/" + name, depth + 1);
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
