package id.kecamatan.kinerja;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The package rules of docs/ARCHITECTURE.md §6, on the main classes (tests are free to reach anywhere). */
class ArsitekturTest {

    private static final String APLIKASI = "id.kecamatan.kinerja";

    private static final JavaClasses KELAS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(APLIKASI);

    /** id.kecamatan.kinerja.FEATURE.ui[.sub]: group 1 is the feature. */
    private static final Pattern PAKET_UI = Pattern.compile(Pattern.quote(APLIKASI) + "\\.([^.]+)\\.ui(\\..*)?");

    @Test
    void capaianIsPureJava() {
        noClasses()
                .that()
                .resideInAPackage(APLIKASI + ".capaian..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.persistence..", "org.hibernate..", "com.vaadin..")
                .because("capaian is the calculation core, testable and benchmarkable without any framework (§4, §6)")
                .check(KELAS);
    }

    @Test
    void noFeatureUsesTheUiOfAnotherFeature() {
        classes()
                .that()
                .resideInAPackage(APLIKASI + "..")
                .should(notDependOnTheUiOfAnotherFeature())
                .because("features meet in their services, not in each other's views (§6); base/ui is the shared UI")
                .check(KELAS);
    }

    /** Per feature: a feature and its ui, sub-packages included, are one slice, and no two slices depend on each other. */
    @Test
    void noCyclesBetweenFeatures() {
        slices().matching(APLIKASI + ".(*)..").should().beFreeOfCycles().check(KELAS);
    }

    @Test
    void noFeatureUsesTheDemoData() {
        noClasses()
                .that()
                .resideOutsideOfPackage(APLIKASI + ".demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(APLIKASI + ".demo..")
                .because(
                        "the demo accounts and sample data belong to the default run only; the product works without them")
                .check(KELAS);
    }

    @Test
    void viewsDoNotUseRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat(assignableTo(Repository.class))
                .because("views call services, which check access and own the transaction (§6)")
                .check(KELAS);
    }

    @Test
    void baseDoesNotDependOnFeatures() {
        noClasses()
                .that()
                .resideInAPackage(APLIKASI + ".base..")
                .should()
                .dependOnClassesThat(resideInAPackage(APLIKASI + "..").and(not(resideInAPackage(APLIKASI + ".base.."))))
                .because("base is what every feature builds on")
                .check(KELAS);
    }

    private static ArchCondition<JavaClass> notDependOnTheUiOfAnotherFeature() {
        return new ArchCondition<>("not depend on the ui package of another feature") {
            @Override
            public void check(JavaClass kelas, ConditionEvents events) {
                String fiturSendiri = fitur(kelas.getPackageName());
                for (Dependency dependency : kelas.getDirectDependenciesFromSelf()) {
                    Matcher ui = PAKET_UI.matcher(dependency.getTargetClass().getPackageName());
                    if (ui.matches()
                            && !ui.group(1).equals("base")
                            && !ui.group(1).equals(fiturSendiri)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The top-level package under the application's: "indikator" for id.kecamatan.kinerja.indikator.ui. */
    private static String fitur(String paket) {
        if (!paket.startsWith(APLIKASI + ".")) {
            return "";
        }
        String sisa = paket.substring(APLIKASI.length() + 1);
        int titik = sisa.indexOf('.');
        return titik < 0 ? sisa : sisa.substring(0, titik);
    }
}
