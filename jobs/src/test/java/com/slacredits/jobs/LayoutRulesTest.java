package com.slacredits.jobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Numerals;
import com.slacredits.jobs.run.RunParameters;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Profile;

/**
 * The rules of the layout (README, "Where things live"), checked on the compiled classes of every
 * module. Each rule names what it protects; a class that breaks one fails the build with the
 * offending dependency or call.
 */
class LayoutRulesTest {

    private static final String JOBS = "com.slacredits.jobs";
    private static final String CLI = JOBS + ".cli..";
    private static final String CONSOLE = JOBS + ".console..";
    private static final String STAGES = JOBS + ".monthend..";

    private static JavaClasses product;

    @BeforeAll
    static void importClasses() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.slacredits");
    }

    /** The dependencies between modules point inward, to the domain: the rules are plain Java. */
    @Test
    void theDomainIsPlainJava() {
        check(noClasses().that().resideInAPackage("com.slacredits.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "java.net..",
                        "java.io..", "com.slacredits.readers..", "com.slacredits.writers..",
                        "com.slacredits.reports..", JOBS + "..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .because("the domain holds the rules, with no Spring and no I/O"));
    }

    @Test
    void readersWritersAndReportsDependOnTheDomainOnly() {
        check(noClasses().that().resideInAPackage("com.slacredits.readers..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slacredits.writers..",
                        "com.slacredits.reports..", JOBS + ".."));
        check(noClasses().that().resideInAPackage("com.slacredits.writers..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slacredits.readers..",
                        "com.slacredits.reports..", JOBS + ".."));
        check(noClasses().that().resideInAPackage("com.slacredits.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slacredits.readers..",
                        "com.slacredits.writers..", JOBS + ".."));
    }

    /** Stages meet only through the database and the run's folder (RunFolder), never in each other's classes. */
    @Test
    void stagesNeverImportEachOther() {
        check(slices().matching(JOBS + ".monthend.(*)..").should().notDependOnEachOther());
    }

    @Test
    void nothingButTheCommandLineAndTheConsoleItselfKnowsTheConsole() {
        check(noClasses().that().resideOutsideOfPackages(CLI, CONSOLE)
                .should().dependOnClassesThat().resideInAPackage(CONSOLE));
    }

    /** The command line is the outermost layer: it boots processes, and no part of a process calls back into it. */
    @Test
    void nothingButTheConsoleImportsTheCommandLine() {
        check(noClasses().that().resideOutsideOfPackages(CLI, CONSOLE)
                .should().dependOnClassesThat().resideInAPackage(CLI));
    }

    /** The shared parts of a run know nothing of its stages or its flow. */
    @Test
    void runStoreAndPartitionKnowNoStage() {
        check(noClasses().that().resideInAnyPackage(JOBS + ".run..", JOBS + ".store..", JOBS + ".partition..")
                .should().dependOnClassesThat().resideInAPackage(STAGES));
    }

    /** Only the command line reads arguments or the environment, prints sentences or picks an exit code. */
    @Test
    void onlyTheCommandLineTalksToTheProcess() {
        check(noClasses().that().resideInAPackage(JOBS + "..").and().resideOutsideOfPackage(CLI)
                .should().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class, String.class)
                .orShould().callMethod(System.class, "exit", int.class)
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.boot.ApplicationArguments"));
        check(noClasses().that().resideOutsideOfPackages(CLI, CONSOLE)
                .should().dependOnClassesThat().haveSimpleName("ExitCode")
                .because("a run's outcome becomes an exit code in the command line alone"));
    }

    /**
     * Per-run values reach steps only through RunParameters, built from the step's job execution:
     * nothing else reads a job's parameters or its instance id, and no singleton keeps the current run.
     */
    @Test
    void perRunValuesComeOnlyThroughRunParameters() {
        DescribedPredicate<JavaMethodCall> readsTheRun = DescribedPredicate.describe(
                "reads a job's parameters or instance id", call -> call.getTargetOwner().isAssignableTo(
                        JobParameters.class) && call.getName().startsWith("get")
                        || call.getTargetOwner().isEquivalentTo(JobInstance.class)
                                && call.getName().equals("getInstanceId"));
        check(noClasses().that().resideInAnyPackage(STAGES, JOBS + ".run..", JOBS + ".store..", JOBS + ".partition..")
                .and().doNotBelongToAnyOf(RunParameters.class)
                .should().callMethodWhere(readsTheRun));
        check(noClasses().should().haveSimpleName("CurrentRun")
                .because("the run is the step's job execution's, never a singleton's"));
        check(ArchRuleDefinition.noFields().that().areDeclaredInClassesThat()
                .areAnnotatedWith(org.springframework.context.annotation.Configuration.class)
                .should().haveRawType(RunParameters.class)
                .because("a configuration is a singleton: per-run values are step-scoped"));
    }

    /** Each process boots one configuration with an explicit list of imports. */
    @Test
    void noProfileOrScanDecidesWhichProcessThisIs() {
        check(noClasses().should().beAnnotatedWith(Profile.class)
                .orShould().beAnnotatedWith(SpringBootApplication.class));
        check(classes().that().areAnnotatedWith(ComponentScan.class)
                .should().resideInAPackage(CONSOLE)
                .because("only the console scans, and only its own package"));
    }

    /**
     * Numbers read the same under every locale the process may start with: every format goes through
     * Numerals, and no case change takes the default locale (a Turkish one writes "ıd" for "ID").
     */
    @Test
    void noTextTakesTheDefaultLocale() {
        check(noClasses().that().doNotBelongToAnyOf(Numerals.class)
                .should().callMethod(String.class, "format", String.class, Object[].class)
                .orShould().callMethod(String.class, "format", Locale.class, String.class, Object[].class)
                .orShould().callMethod(String.class, "formatted", Object[].class)
                .orShould().callMethod(PrintStream.class, "printf", String.class, Object[].class)
                .orShould().callMethod(PrintStream.class, "format", String.class, Object[].class)
                .orShould().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(String.class, "toUpperCase")
                .because("the console's lines and the files must not change with the host's language"));
    }

    /**
     * The same rules on the sources, for what the class files cannot show: javac copies a constant
     * into the class that uses it, so a stage naming another stage's or the command line's constant
     * leaves no trace in its bytecode.
     */
    @Test
    void sourcesNameNoForbiddenPackageEvenForAConstant() throws IOException {
        Path sources = Path.of("src/main/java/com/slacredits/jobs");
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String own = sources.relativize(file.getParent()).toString().replace('/', '.');
                Matcher named = NAMED_PACKAGE.matcher(Files.readString(file));
                while (named.find()) {
                    String target = named.group(1);
                    if (forbidden(own, target)) {
                        broken.add(sources.relativize(file) + " names " + JOBS + "." + target);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static final Pattern NAMED_PACKAGE = Pattern.compile(
            "com\\.slacredits\\.jobs\\.(cli|console|monthend(?:\\.[a-z]\\w*)?|run|store|partition)\\b");

    /** Whether code in package {@code own} may not name package {@code target}, both below com.slacredits.jobs. */
    private static boolean forbidden(String own, String target) {
        boolean ownIsStage = own.startsWith("monthend.");
        boolean ownIsShared = own.equals("run") || own.equals("store") || own.equals("partition");
        boolean targetIsOuter = target.equals("cli") || target.equals("console");
        if (ownIsStage) {
            return targetIsOuter || target.startsWith("monthend") && !target.equals(own);
        }
        if (ownIsShared) {
            return targetIsOuter || target.startsWith("monthend");
        }
        if (own.equals("monthend")) {
            return targetIsOuter;
        }
        return false;
    }

    private static void check(ArchRule rule) {
        rule.check(product);
    }
}
