package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import id.kecamatan.kinerja.base.Peran;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The menu entries of each role, worked out once. Vaadin answers {@link MenuConfiguration#getMenuEntries()} by
 * checking the access to every route for the signed-in user, and each check looks up a service by scanning the
 * classpath: about a quarter of the CPU samples of the first page after login in a flight recording of
 * {@code tools/beban.sh}. The views decide access by role annotations only, so the answer is the same for everyone
 * with the same role.
 */
@Component
class MenuPerPeran {

    private final Map<Peran, List<MenuEntry>> entri = new ConcurrentHashMap<>();

    /** Must be called for a user who has {@code peran}: the first call asks Vaadin on that user's behalf. */
    List<MenuEntry> untuk(Peran peran) {
        return entri.computeIfAbsent(peran, p -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
