/** The bell in the header, the list of one's notifications, one's e-mail settings and the Admin's SMTP settings. */
@NullMarked
package id.kecamatan.kinerja.notifikasi.ui;

import org.jspecify.annotations.NullMarked;
