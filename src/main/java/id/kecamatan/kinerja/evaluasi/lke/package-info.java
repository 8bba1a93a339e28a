/**
 * Reading an LKE file (YAML, one per regulation, e.g. {@code src/main/resources/lke/lke-permenpanrb-88-2021.yaml})
 * into the pure model of {@code capaian.lke}: {@link id.kecamatan.kinerja.evaluasi.lke.PembacaLke}. Plain Java with
 * SnakeYAML; every refusal names the file and line.
 */
@NullMarked
package id.kecamatan.kinerja.evaluasi.lke;

import org.jspecify.annotations.NullMarked;
