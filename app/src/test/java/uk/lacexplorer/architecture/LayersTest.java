package uk.lacexplorer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the application, each importing only the ones below it: the kernel ({@code i18n}, {@code output}),
 * the domain ({@code area}, {@code measure}, {@code observation}), the store, the importers and dataset, the
 * analyses (one package per capability), the application object, the two adapters ({@code cli}, {@code web}) and
 * the wiring ({@code Main}, {@code Wiring}). No analysis imports picocli, Javalin, jte or an adapter; the web never
 * refers to picocli or a command; no two packages depend on each other in a circle.
 */
class LayersTest {
  private static final String BASE = "uk.lacexplorer";
  private static final String[] ANALYSES = {BASE + ".rates..", BASE + ".browse..", BASE + ".compare..",
      BASE + ".need..", BASE + ".events..", BASE + ".episodes..", BASE + ".selfeval..", BASE + ".account..",
      BASE + ".cascade..", BASE + ".projection..", BASE + ".report..", BASE + ".disclosure..", BASE + ".factors.."};
  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("/gg/jte/generated/"))
        .importPackages(BASE);
  }

  @Test
  void eachLayerImportsOnlyTheLayersBelowIt() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Wiring").definedBy(BASE)
        .layer("Cli").definedBy(BASE + ".cli..")
        .layer("Web").definedBy(BASE + ".web..")
        .layer("Application").definedBy(BASE + ".application..")
        .layer("Analyses").definedBy(ANALYSES)
        .layer("Imports").definedBy(BASE + ".imports..", BASE + ".dataset..")
        .layer("Store").definedBy(BASE + ".store..")
        .layer("Domain").definedBy(BASE + ".area..", BASE + ".measure..", BASE + ".observation..")
        .layer("Kernel").definedBy(BASE + ".i18n..", BASE + ".output..")
        .layer("Stats").definedBy(BASE + ".stats..")
        .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
        .whereLayer("Cli").mayOnlyBeAccessedByLayers("Wiring")
        .whereLayer("Web").mayOnlyBeAccessedByLayers("Wiring", "Cli")
        .whereLayer("Application").mayOnlyBeAccessedByLayers("Wiring", "Cli", "Web")
        .whereLayer("Analyses").mayOnlyBeAccessedByLayers("Wiring", "Cli", "Web", "Application")
        .whereLayer("Imports").mayOnlyBeAccessedByLayers("Wiring", "Cli", "Web", "Application", "Analyses")
        .whereLayer("Store").mayOnlyBeAccessedByLayers("Wiring", "Cli", "Web", "Application", "Analyses", "Imports")
        .whereLayer("Domain").mayOnlyBeAccessedByLayers("Wiring", "Cli", "Web", "Application", "Analyses", "Imports",
            "Store")
        .whereLayer("Kernel").mayOnlyBeAccessedByLayers("Wiring", "Cli", "Web", "Application", "Analyses", "Imports",
            "Store", "Domain")
        .check(classes);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void analysesKnowNoAdapterOrFramework() {
    noClasses().that().resideInAnyPackage(ANALYSES).or().resideInAnyPackage(BASE + ".imports..", BASE + ".dataset..",
            BASE + ".store..", BASE + ".area..", BASE + ".measure..", BASE + ".observation..", BASE + ".i18n..",
            BASE + ".output..", BASE + ".application..")
        .should().dependOnClassesThat().resideInAnyPackage("picocli..", "io.javalin..", "gg.jte..", BASE + ".cli..",
            BASE + ".web..")
        .check(classes);
  }

  @Test
  void theWebNeverRunsTheCommandLine() {
    noClasses().that().resideInAPackage(BASE + ".web..")
        .should().dependOnClassesThat().resideInAnyPackage("picocli..", BASE + ".cli..")
        .check(classes);
  }

  @Test
  void theCommandLineServesTheWebOnlyThroughItsEntrance() {
    noClasses().that().resideInAPackage(BASE + ".cli..").and().resideOutsideOfPackage(BASE + ".cli.serve..")
        .should().dependOnClassesThat().resideInAnyPackage(BASE + ".web..", "io.javalin..")
        .check(classes);
  }

  @Test
  void statisticsDoNoInputOrOutput() {
    noClasses().that().resideInAPackage(BASE + ".stats..")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.sql..", "java.net..",
            "org.slf4j..", BASE + ".store..", BASE + ".web..", BASE + ".cli..")
        .orShould().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .orShould().accessField(System.class, "in").orShould().callMethod(System.class, "getenv", String.class)
        .orShould().callMethod(System.class, "getProperty", String.class)
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(classes);
  }
}
