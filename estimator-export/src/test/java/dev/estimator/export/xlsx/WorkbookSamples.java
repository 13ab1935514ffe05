package dev.estimator.export.xlsx;

import dev.estimator.core.model.Audience;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the fixture's and every sample's workbook (client and internal) to a folder, for looking
 * at them: {@code java ... dev.estimator.export.xlsx.WorkbookSamples /tmp/workbooks}.
 */
public final class WorkbookSamples {

    private WorkbookSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/workbooks"));
        List<WorkbookFixtures.Named> estimates = WorkbookFixtures.all().toList();
        for (WorkbookFixtures.Named named : estimates) {
            String base = named.name().replace(".yaml", "");
            for (Audience audience : Audience.values()) {
                Path file = dir.resolve(base + "-" + audience.name().toLowerCase() + ".xlsx");
                Files.write(file, WorkbookFiles.export(named.estimate(), audience));
                System.out.println(file);
            }
        }
    }
}
