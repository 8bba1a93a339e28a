package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import java.math.BigDecimal;

/** Binder converter for numbers typed the Indonesian way ("56,86", "1.234,5"); empty stays empty. */
public class KonverterAngka implements Converter<String, BigDecimal> {

    @Override
    public Result<BigDecimal> convertToModel(String teks, ValueContext context) {
        try {
            return Result.ok(FormatAngka.parse(teks));
        } catch (AturanDilanggar ditolak) {
            Component komponen = context.getComponent().orElse(UI.getCurrent());
            return Result.error(komponen.getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        }
    }

    @Override
    public String convertToPresentation(BigDecimal nilai, ValueContext context) {
        return FormatAngka.formatIsian(nilai);
    }
}
