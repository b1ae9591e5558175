package org.duidu;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package graph of STYLE.md: cli → site → stages → model/diag/config, stages never import each other. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.duidu");
    private static final String[] STAGES = {"ingest", "clean", "convert", "aids", "render", "search", "publish"};

    @Test
    void stagesDoNotImportEachOther() {
        for (String stage : STAGES) {
            for (String other : STAGES) {
                // every stage may write into the publish stage's OutputTree: it is the output interface
                if (!stage.equals(other) && !other.equals("publish")) {
                    noClasses().that().resideInAPackage("org.duidu." + stage + "..")
                            .should().dependOnClassesThat().resideInAPackage("org.duidu." + other + "..")
                            .allowEmptyShould(true).check(CLASSES);
                }
            }
        }
    }

    @Test
    void theModelKnowsNoStageNoLibraryAndNoIo() {
        noClasses().that().resideInAPackage("org.duidu.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..")
                .orShould().dependOnClassesThat().resideOutsideOfPackages("java..", "org.duidu.model..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCliAndServeUseTheOrchestrator() {
        noClasses().that().resideInAnyPackage("org.duidu.model..", "org.duidu.diag..", "org.duidu.config..",
                        "org.duidu.ingest..", "org.duidu.clean..", "org.duidu.convert..", "org.duidu.aids..", "org.duidu.render..",
                        "org.duidu.search..", "org.duidu.publish..")
                .should().dependOnClassesThat().resideInAnyPackage("org.duidu.site..", "org.duidu.cli..", "org.duidu.serve..")
                .check(CLASSES);
    }

    @Test
    void onlyConvertUsesOpenCc() {
        noClasses().that().resideOutsideOfPackage("org.duidu.convert..")
                .should().dependOnClassesThat().resideInAPackage("com.github.houbb.opencc4j..").check(CLASSES);
    }

    @Test
    void onlyTheReadingAidsUseThePinyinLibrary() {
        noClasses().that().resideOutsideOfPackage("org.duidu.aids..")
                .should().dependOnClassesThat().resideInAPackage("com.github.houbb.pinyin..").check(CLASSES);
    }

    /** SolrJ stays in its sub-package, which the rest of search never uses: a plain build never loads it. */
    @Test
    void onlyTheSolrPackageUsesSolrJ() {
        noClasses().that().resideOutsideOfPackage("org.duidu.search.solr..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.solr..").check(CLASSES);
        noClasses().that().resideOutsideOfPackages("org.duidu.search.solr..", "org.duidu.cli..", "org.duidu.serve..")
                .should().dependOnClassesThat().resideInAPackage("org.duidu.search.solr..").check(CLASSES);
    }

    /** Jetty is loaded by {@code duidu serve} alone (BuildLoadsNoServerTest checks the running JVM too). */
    @Test
    void onlyServeUsesJetty() {
        noClasses().that().resideOutsideOfPackage("org.duidu.serve..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jetty..").check(CLASSES);
    }

    @Test
    void thereAreNoCycles() {
        slices().matching("org.duidu.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
