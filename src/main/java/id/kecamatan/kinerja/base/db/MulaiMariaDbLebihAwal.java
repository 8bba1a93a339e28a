package id.kecamatan.kinerja.base.db;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded MariaDB before the Spring context is built instead of when the connection pool is first
 * needed, so that the server starts while the portal's beans are created (on a slow disk its recovery takes
 * seconds). Registered in META-INF/spring.factories; the server and its settings become beans, closed with the
 * context.
 */
class MulaiMariaDbLebihAwal implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedDbProperties properties =
                Binder.get(context.getEnvironment()).bindOrCreate("kinerja.embedded-db", EmbeddedDbProperties.class);
        if (!properties.enabled()) {
            return;
        }
        EmbeddedMariaDb db = new EmbeddedMariaDb(properties);
        db.mulai();
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton("embeddedDbProperties", properties);
        beans.registerSingleton("embeddedMariaDb", db);
        beans.registerDisposableBean("embeddedMariaDb", db::close);
    }
}
