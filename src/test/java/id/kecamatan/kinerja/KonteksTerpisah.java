package id.kecamatan.kinerja;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class that needs a Spring context of its own (it destroys its database). Each portal context installs
 * Vaadin's security-context strategy in the static {@link SecurityContextHolder}, while the shared context's method
 * security keeps reading the one it was built with; without this, every shared-context test after such a class
 * would sign in where the services do not look. Put it before {@code @SpringBootTest}, so it runs before the
 * context is created and after it is closed.
 */
public class KonteksTerpisah implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace RUANG = ExtensionContext.Namespace.create(KonteksTerpisah.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(RUANG).put("strategi", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(
                context.getStore(RUANG).get("strategi", SecurityContextHolderStrategy.class));
    }
}
