package org.donorcrm.testing.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout rules of docs/architecture.md, the same for every service, checked on the service's compiled main
 * classes (each service's {@code ArchitectureTest} calls {@link #violations(String)}):
 * <ol>
 * <li>Feature packages ({@code org.donorcrm.<service>.<feature>}) form no cycle.</li>
 * <li>Nothing depends on the REST edge: no class uses a resource or a screen class (annotated {@code @Path}) or a
 * class nested in one, except other classes of the REST edge.</li>
 * <li>The platform depends on no service, and a service on no other service.</li>
 * </ol>
 */
public final class ArchitectureRules {

    /** A resource or screen class ({@code @Path}), or a class nested in one (its requests and responses). */
    static final DescribedPredicate<JavaClass> REST_EDGE = new DescribedPredicate<>("the REST edge (@Path classes)") {
        @Override
        public boolean test(JavaClass type) {
            for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
                if (c.isAnnotatedWith("jakarta.ws.rs.Path") && !c.isInterface()) { // an interface is a REST client
                    return true;
                }
            }
            return false;
        }
    };

    private ArchitectureRules() {
    }

    /** The broken rules of the service whose root package is {@code root} (e.g. org.donorcrm.gift); empty if none. */
    public static List<String> violations(String root) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
        List<String> problems = new ArrayList<>();
        check(problems, classes, slices().matching(root + ".(*)..").should().beFreeOfCycles());
        check(problems, classes, noClasses().that().resideInAPackage(root + "..").and(not(REST_EDGE))
                .should().dependOnClassesThat(REST_EDGE)
                .because("nothing outside the REST edge uses a resource or a screen"));
        check(problems, classes, noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAnyPackage(otherServices(root))
                .because("services share no domain code"));
        return problems;
    }

    private static String[] otherServices(String root) {
        return List.of("org.donorcrm.donor..", "org.donorcrm.gift..", "org.donorcrm.campaign..",
                        "org.donorcrm.reporting..").stream()
                .filter(p -> !p.equals(root + ".."))
                .toArray(String[]::new);
    }

    private static void check(List<String> problems, JavaClasses classes, ArchRule rule) {
        EvaluationResult result = rule.allowEmptyShould(true).evaluate(classes);
        if (result.hasViolation()) {
            problems.addAll(result.getFailureReport().getDetails());
        }
    }
}
