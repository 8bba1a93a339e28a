@NullMarked
package id.kecamatan.kinerja.publik.ui;

import org.jspecify.annotations.NullMarked;
