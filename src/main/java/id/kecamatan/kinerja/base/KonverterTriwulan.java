package id.kecamatan.kinerja.base;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** A {@link Triwulan} in a database column as its number 1–4, as the schema has always stored it; empty stays empty. */
@Converter
public class KonverterTriwulan implements AttributeConverter<Triwulan, Integer> {

    @Override
    public @Nullable Integer convertToDatabaseColumn(@Nullable Triwulan triwulan) {
        return triwulan == null ? null : triwulan.nomor();
    }

    @Override
    public @Nullable Triwulan convertToEntityAttribute(@Nullable Integer nomor) {
        return nomor == null ? null : Triwulan.dari(nomor);
    }
}
