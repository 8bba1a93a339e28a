package id.kecamatan.kinerja;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test configuration of the service, repository and importer tests: the whole portal on
 * its own embedded MariaDB (test profile), with the Meral plan and the demo accounts loaded at start.
 * Every class using it shares one application context, so the database starts once per test JVM.
 * Do not add beans, mocks or properties to a single test class: that would start a second database.
 * Tests share the data, so they only add rows (never change the plan) and count per instansi.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
public @interface UjiTerpadu {}
