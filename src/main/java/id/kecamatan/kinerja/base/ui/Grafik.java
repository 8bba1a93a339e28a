package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by Apache ECharts from the WebJar, from an option object built in Java (ARCHITECTURE.md §6): no npm
 * package and no frontend build. The option is kept as JSON so a test can read exactly what is drawn.
 */
@Tag("div")
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
public class Grafik extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String opsi = "{}";

    /** Called with the {@code tautan} of a clicked data item that has one; none: clicks do nothing. */
    private @Nullable SerializableConsumer<String> klik;

    public Grafik() {
        addClassName("grafik");
        setWidthFull();
        setHeight("18rem");
    }

    /** Draws the chart; the option follows ECharts' option reference (maps, lists, strings and numbers). */
    public void setOpsi(Map<String, Object> opsi) {
        this.opsi = JSON.writeValueAsString(opsi);
        gambar();
    }

    /** A click on a data item carrying a {@code tautan} property (e.g. a tree node) passes it to {@code klik}. */
    public void setKlik(SerializableConsumer<String> klik) {
        this.klik = klik;
        gambar();
    }

    /** Called by the browser when such an item is clicked; what it passes is checked by whoever acts on it. */
    @ClientCallable
    public void diklik(String tautan) {
        if (klik != null) {
            klik.accept(tautan);
        }
    }

    /** The option JSON last drawn. */
    public String getOpsi() {
        return opsi;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        gambar();
    }

    private void gambar() {
        // one chart instance per element, resized with the element (the drawer opening or the window changing)
        getElement().executeJs("""
                const grafik = echarts.getInstanceByDom(this) || echarts.init(this);
                grafik.setOption(JSON.parse($0), true);
                if (!this.__ukuran) {
                    this.__ukuran = new ResizeObserver(() => grafik.resize());
                    this.__ukuran.observe(this);
                }
                grafik.off('click');
                if ($1) {
                    grafik.on('click', p => p.data && p.data.tautan && this.$server.diklik(p.data.tautan));
                }
                """, opsi, klik != null);
    }
}
