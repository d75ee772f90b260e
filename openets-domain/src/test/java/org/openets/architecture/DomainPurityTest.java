package org.openets.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is a deterministic state machine: no clock, no I/O, no randomness, no frameworks, no threads. */
class DomainPurityTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openets");

    @Test
    void the_domain_reads_no_clock() {
        noClasses().should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("now()",
                                t -> t.getName().equals("now"))))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .check(DOMAIN);
    }

    @Test
    void the_domain_draws_no_random_numbers() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.UUID")
                .check(DOMAIN);
    }

    @Test
    void the_domain_does_no_io_and_starts_no_threads() {
        noClasses().should().dependOnClassesThat(resideInAnyPackage(
                        "java.io..", "java.nio.file..", "java.nio.channels..", "java.net..", "java.sql..")
                        .and(not(equivalentTo(java.io.Serializable.class))))
                .orShould().dependOnClassesThat().areAssignableTo(Thread.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.util.concurrent..")
                .check(DOMAIN);
    }

    @Test
    void the_domain_uses_no_framework_gateway_or_storage_code() {
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages("org.openets..", "java..")
                .check(DOMAIN);
    }
}
