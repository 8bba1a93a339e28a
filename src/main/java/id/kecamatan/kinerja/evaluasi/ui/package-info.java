@NullMarked
package id.kecamatan.kinerja.evaluasi.ui;

import org.jspecify.annotations.NullMarked;
