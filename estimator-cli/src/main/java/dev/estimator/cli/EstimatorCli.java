package dev.estimator.cli;

import dev.estimator.core.concurrent.Futures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code estimator} command. */
@Command(name = "estimator",
        resourceBundle = "dev.estimator.cli.messages",
        mixinStandardHelpOptions = true,
        versionProvider = EstimatorCli.Version.class,
        usageHelpAutoWidth = true)
public final class EstimatorCli implements Runnable {

    /** Held so the setting is not lost to garbage collection: Hibernate Validator logs its version at INFO. */
    private static final Logger QUIET_HIBERNATE = Logger.getLogger("org.hibernate");

    /**
     * The subcommands by name, in the order the help lists them. Picocli builds a command's model
     * by reflection over its annotations (for all eleven, 7 % of a cold export's CPU samples), so
     * {@link #run} adds only the one named when the first argument names one (other than {@code help}),
     * and all otherwise.
     */
    private static final Map<String, Class<?>> COMMANDS = commands(
            ValidateCommand.class,
            TotalsCommand.class,
            ExportCommand.class,
            CompareCommand.class,
            FitCommand.class,
            OfferCommand.class,
            AcceptCommand.class,
            NewCommand.class,
            TemplatesCommand.class,
            SchemaCommand.class,
            CommandLine.HelpCommand.class);

    /** The commands that never read an estimate file. */
    private static final java.util.Set<Class<?>> WITHOUT_ESTIMATES = java.util.Set.of(
            TemplatesCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final Clock clock;

    EstimatorCli(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, Clock.systemDefaultZone(), args));
    }

    /** Runs the command line and returns its exit code; never calls {@code System.exit}. */
    public static int run(PrintWriter out, PrintWriter err, Clock clock, String... args) {
        // Hibernate Validator logs through JBoss Logging, which would pick Log4j (present for POI)
        // and complain that it has no provider; plain java.util.logging, quietened, is what we want.
        System.setProperty("org.jboss.logging.provider", "jdk");
        // Apache POI logs through the Log4j API; without a provider Log4j prints a warning of its own.
        // Its simple logger reports errors only, on stderr.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        // POI's streaming sheet measures a character's width with Java 2D when it is created, which on
        // JDK 22+ shapes the text through HarfBuzz by the foreign-function API: about 150 method
        // handle and stub classes spun at run time (an AOT cache cannot hold them). The JDK's JNI
        // binding of the same HarfBuzz gives the same widths without them; the user's choice wins.
        if (System.getProperty("sun.font.layout.ffm") == null) {
            System.setProperty("sun.font.layout.ffm", "false");
        }
        QUIET_HIBERNATE.setLevel(Level.WARNING);
        // `help COMMAND` needs COMMAND beside it.
        Class<?> named = args.length == 0 || args[0].equals("help") ? null : COMMANDS.get(args[0]);
        if (named != null && !WITHOUT_ESTIMATES.contains(named)) {
            // The command checks estimates with Hibernate Validator, whose start (building the rules
            // of every model record, about half a second of one core) otherwise begins only when the
            // first file is opened and then holds up the field rules: begun now, it runs beside
            // picocli's set-up and the reading.
            dev.estimator.core.validation.EstimateValidator.prepareInBackground();
        }
        CommandLine cli = new CommandLine(new EstimatorCli(clock), new Factory(clock));
        for (Class<?> command : named == null ? COMMANDS.values() : List.<Class<?>>of(named)) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError user) {
                commandLine.getErr().println("estimator: " + user.getMessage());
                return user.exitCode();
            }
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            commandLine.getErr().println("estimator: internal error (" + e + "). This is a bug in Estimator; "
                    + "please report it with the command you ran and this line.");
            if (System.getenv("ESTIMATOR_DEBUG") != null) {
                commandLine.getErr().print(trace);
            }
            return ExitCodes.INTERNAL;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("estimator: " + e.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
            return ExitCodes.USAGE;
        });
        int code;
        try {
            code = onLargeStack(() -> cli.execute(args));
        } catch (OutOfMemoryError e) {
            err.println("estimator: " + OutOfMemory.message("out of memory: the estimate needs more than Java was given"));
            code = ExitCodes.OUT_OF_MEMORY;
        } catch (StackOverflowError e) {
            err.println("estimator: internal error (" + e + "). The estimate may be too large or deeply nested "
                    + "for the memory given; if it is not, this is a bug in Estimator.");
            code = ExitCodes.INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Runs {@code command} on a thread of its own with a large stack ({@link Futures#onOwnThread}), so
     * that whether a deeply nested file is refused cleanly never depends on the caller's stack or on
     * how much of the reader the JIT has compiled yet (interpreted frames are larger). Errors are
     * passed on as they were thrown.
     */
    static int onLargeStack(java.util.function.IntSupplier command) {
        return Futures.joined(Futures.onOwnThread("estimator", command::getAsInt));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static Map<String, Class<?>> commands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return Collections.unmodifiableMap(byName);
    }

    /** Creates subcommands with the clock they need. */
    private record Factory(Clock clock) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == NewCommand.class) {
                return type.cast(new NewCommand(clock));
            }
            if (type == AcceptCommand.class) {
                return type.cast(new AcceptCommand(clock));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** The version stamped into the jar by the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            ResourceBundle build = ResourceBundle.getBundle("dev.estimator.cli.build");
            return new String[] {"estimator " + build.getString("version"),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
