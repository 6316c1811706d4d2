package kr.silheomjang;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Service;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jakarta.persistence.Entity;

/** The module boundaries of DEVELOPERS.md, checked on every build. */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kr.silheomjang");

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("collab", "experiment", "security", "shared", "ui");
        MODULES.verify();
    }

    @Test
    void viewsCallServicesNeverRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views call services, which are the transaction and authorization boundary")
                .check(CLASSES);
    }

    @Test
    void entitiesAndRepositoriesStayInsideTheirModule() {
        classes().that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
                .should().resideInAPackage("..internal..")
                .check(CLASSES);
    }

    @Test
    void servicesLiveAtTheRootOfTheirFeature() {
        classes().that().areAnnotatedWith(Service.class).and().arePublic()
                .should().resideInAnyPackage("kr.silheomjang.(*)")
                .check(CLASSES);
    }
}
