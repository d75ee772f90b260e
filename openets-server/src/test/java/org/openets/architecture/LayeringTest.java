package org.openets.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point inward: the journal knows nothing above it, the runtime knows the journal but not the
 * read model or the gateways, the read model knows the journal but not the gateways, and no domain package
 * reaches into the server.
 */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openets");

    @Test
    void the_journal_depends_on_nothing_above_it() {
        noClasses().that().resideInAPackage("org.openets.journal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openets.runtime..", "org.openets.store..",
                        "org.openets.api..", "org.openets.node..", "org.openets.cli..", "org.openets.engine..",
                        "org.openets.registry..", "org.openets.rulebook..")
                .check(CLASSES);
    }

    @Test
    void the_runtime_knows_neither_the_read_model_nor_the_gateways() {
        noClasses().that().resideInAPackage("org.openets.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openets.store..", "org.openets.api..",
                        "org.openets.node..", "org.openets.cli..", "org.openets.fix..")
                .check(CLASSES);
    }

    @Test
    void the_read_model_knows_no_gateway() {
        noClasses().that().resideInAPackage("org.openets.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openets.api..", "org.openets.node..",
                        "org.openets.cli..", "org.openets.runtime..")
                .check(CLASSES);
    }

    @Test
    void no_domain_package_depends_on_server_code() {
        noClasses().that().resideInAnyPackage("org.openets.core..", "org.openets.engine..",
                        "org.openets.registry..", "org.openets.rulebook..", "org.openets.clearing..",
                        "org.openets.exchange..", "org.openets.auction..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openets.journal..", "org.openets.runtime..",
                        "org.openets.store..", "org.openets.api..", "org.openets.node..", "org.openets.cli..",
                        "org.openets.demo..", "org.openets.bench..", "org.openets.fix..")
                .check(CLASSES);
    }
}
