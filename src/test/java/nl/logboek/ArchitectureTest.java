package nl.logboek;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of docs/architecture.md, checked on the program's classes (src/main/java, what
 * goes into the jar; not the tests, not the build-time tools in src/build/java). A rule that fails
 * names every class and the line that breaks it.
 */
@AnalyzeClasses(packages = "nl.logboek", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String OURS = "nl.logboek..";
    private static final String CLI = "nl.logboek.cli..";
    private static final String STORE = "nl.logboek.logbook..";
    private static final String INCIDENT = "nl.logboek.incident..";
    private static final String PROTOCOL = "nl.logboek.protocol..";
    private static final String REPORT = "nl.logboek.report..";
    private static final String EXPORT = "nl.logboek.export..";
    private static final String TEAM = "nl.logboek.team..";
    private static final String PRIVACY = "nl.logboek.privacy..";
    private static final String I18N = "nl.logboek.i18n..";
    private static final String JSON = "nl.logboek.json..";

    @ArchTest
    static final ArchRule picocliOnlyInCli = noClasses().that().resideInAPackage(OURS).and().resideOutsideOfPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the command line is the cli package's business; everything else is called with plain values");

    @ArchTest
    static final ArchRule jlineOnlyInCli = noClasses().that().resideInAPackage(OURS).and().resideOutsideOfPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage("org.jline..")
            .because("the terminal (Prompter, TerminalProgress) is the cli package's business");

    @ArchTest
    static final ArchRule nothingDependsOnCli = noClasses().that().resideInAPackage(OURS).and().resideOutsideOfPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage(CLI)
            .because("cli is the top: it may use everything, nothing uses it");

    @ArchTest
    static final ArchRule storeDependsOnNoDomainPackage = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(INCIDENT, REPORT, EXPORT, TEAM, CLI, PROTOCOL, PRIVACY)
            .because("the event store knows lines, hashes and files, not what the events mean");

    @ArchTest
    static final ArchRule protocolDependsOnNoOtherPackage = noClasses().that().resideInAPackage(PROTOCOL)
            .should().dependOnClassesThat().resideInAnyPackage(INCIDENT, REPORT, EXPORT, TEAM, CLI, STORE, PRIVACY)
            .because("protocols are data, loaded and validated on their own");

    @ArchTest
    static final ArchRule incidentDependsOnStoreAndProtocolOnly = noClasses().that().resideInAPackage(INCIDENT)
            .should().dependOnClassesThat().resideInAnyPackage(REPORT, EXPORT, TEAM, CLI, PRIVACY)
            .because("reports, exports and the privacy rules are built on incidents, not the other way round");

    @ArchTest
    static final ArchRule privacyDependsOnTheModelOnly = noClasses().that().resideInAPackage(PRIVACY)
            .should().dependOnClassesThat().resideInAnyPackage(REPORT, EXPORT, TEAM, CLI)
            .because("the privacy rules (redaction, sharing, retention) are about incidents and people; "
                    + "exports, reports and commands apply them");

    @ArchTest
    static final ArchRule reportAndExportKnowNoCommandsOrTeams = noClasses().that().resideInAnyPackage(REPORT, EXPORT)
            .should().dependOnClassesThat().resideInAnyPackage(CLI, TEAM)
            .because("a report or an export reads a logbook view, whatever made it");

    @ArchTest
    static final ArchRule reportDoesNotUseExport = noClasses().that().resideInAPackage(REPORT)
            .should().dependOnClassesThat().resideInAPackage(EXPORT)
            .because("what both need of the privacy rules (pseudonyms) is in privacy");

    @ArchTest
    static final ArchRule exportDoesNotUseReport = noClasses().that().resideInAPackage(EXPORT)
            .should().dependOnClassesThat().resideInAPackage(REPORT)
            .because("an export and a report are two views of the same incidents, side by side");

    @ArchTest
    static final ArchRule i18nDependsOnNothingOfOurs = noClasses().that().resideInAPackage(I18N)
            .should().dependOnClassesThat(resideInAPackage(OURS).and(resideOutsideOfPackage(I18N)))
            .because("every package uses the messages; LogboekException itself does, so i18n using it would be a cycle");

    @ArchTest
    static final ArchRule jsonDependsOnNothingOfOurs = noClasses().that().resideInAPackage(JSON)
            .should().dependOnClassesThat(resideInAPackage(OURS).and(resideOutsideOfPackage(JSON)))
            .because("the store and the protocols both read JSON without an ObjectMapper through it");

    @ArchTest
    static final ArchRule onlyMainExits = noClasses().that().doNotHaveFullyQualifiedName("nl.logboek.cli.Main")
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .because("commands return exit codes (or throw a LogboekException); Main alone ends the JVM, so tests can run commands in-process");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("nl.logboek.(*)..").should().beFreeOfCycles();
}
