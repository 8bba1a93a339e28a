package id.kecamatan.kinerja;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.VaadinServletRequest;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.ui.Peringatan;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the Karibu-Testing view tests: a mocked Vaadin environment on the one shared Spring context
 * (embedded MariaDB with the Meral plan and the demo accounts), and {@link #login(String)} as a demo account.
 * <p>
 * Keep these annotations as they are and add none (no {@code @MockitoBean}, no {@code @DirtiesContext}):
 * every test class then reuses the same cached context and its database starts once per test JVM.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class AbstractUiTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("id.kecamatan.kinerja");

    @Autowired
    protected ApplicationContext ctx;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        SecurityContextHolder.clearContext();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /**
     * Signs in as a demo account, as the login form would: the real principal from the application's
     * {@link UserDetailsService} in Spring's security context (what services and {@code PenggunaSaatIni} read; set by
     * {@link MasukSebagai}, the one sign-in of every test), and the same principal and roles on Karibu's fake request (what Vaadin's route and menu access checks read).
     * Navigate after calling this; a view already open is not rebuilt.
     */
    protected Pengguna login(String username) {
        Pengguna pengguna = MasukSebagai.pengguna(userDetailsService, username);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();

        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        FakeRequest request = fakeRequest();
        request.setUserPrincipalInt(authentication);
        // As Spring's SecurityContextHolderAwareRequestWrapper: @RolesAllowed("ADMIN") asks for "ADMIN".
        request.setUserInRole((p, role) -> authorities.contains(role) || authorities.contains("ROLE_" + role));
        return pengguna;
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = fakeRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((p, role) -> false);
        }
    }

    /** Signs in and opens a route, as a user typing the address after login. */
    protected void loginAndNavigate(String username, String route) {
        login(username);
        UI.getCurrent().navigate(route);
    }

    /** The current route target. Views are Spring CGLIB proxies (method security), so compare by assignability. */
    protected static void expectView(Class<? extends Component> view) {
        Class<? extends Component> current = NavigatorKt.getCurrentView();
        assertThat(current).as("current view").isNotNull();
        assertThat(view.isAssignableFrom(current))
                .as("current view %s is a %s", current, view.getSimpleName())
                .isTrue();
        _assertOne(view);
    }

    /** The labels of the side menu, in order. */
    protected static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /** The texts of all {@link Peringatan} boxes on the page. */
    protected static List<String> peringatan() {
        return _find(Peringatan.class).stream()
                .map(p -> p.getElement().getTextRecursively())
                .toList();
    }

    /** The cell of a column with a component renderer, rendered for the given row. */
    protected static <T> Component komponenSel(Grid<T> grid, int baris, String header) {
        Grid.Column<T> column = GridKt._getColumnByHeader(grid, header);
        if (!(column.getRenderer() instanceof ComponentRenderer<?, ?> renderer)) {
            throw new AssertionError("Column '" + header + "' has no component renderer");
        }
        @SuppressWarnings("unchecked")
        ComponentRenderer<?, T> componentRenderer = (ComponentRenderer<?, T>) renderer;
        return componentRenderer.createComponent(GridKt._get(grid, baris));
    }

    /**
     * The text a user sees in one cell, for text and component columns alike (for a component, the text of
     * all its parts concatenated).
     */
    protected static <T> String teksSel(Grid<T> grid, int baris, String header) {
        Grid.Column<T> column = GridKt._getColumnByHeader(grid, header);
        if (column.getRenderer() instanceof ComponentRenderer<?, ?>) {
            return komponenSel(grid, baris, header).getElement().getTextRecursively();
        }
        return GridKt._getFormatted(column, GridKt._get(grid, baris));
    }

    /** The texts of one column over all rows. */
    protected static <T> List<String> kolom(Grid<T> grid, String header) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> teksSel(grid, i, header))
                .toList();
    }

    /** The index of the only row whose cell in the column contains the text. */
    protected static <T> int barisDengan(Grid<T> grid, String header, String teks) {
        List<Integer> cocok = IntStream.range(0, GridKt._size(grid))
                .filter(i -> teksSel(grid, i, header).contains(teks))
                .boxed()
                .toList();
        assertThat(cocok).as("rows whose '%s' contains '%s'", header, teks).hasSize(1);
        return cocok.getFirst();
    }

    private static FakeRequest fakeRequest() {
        return (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    }
}
