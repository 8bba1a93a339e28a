/**
 * What every feature shares: the base entity, the signed-in pengguna and their peran, the one path of access refusals,
 * domain-rule messages, number format, Triwulan and Periode, the office time zone and clock, background work.
 */
@NullMarked
package id.kecamatan.kinerja.base;

import org.jspecify.annotations.NullMarked;
