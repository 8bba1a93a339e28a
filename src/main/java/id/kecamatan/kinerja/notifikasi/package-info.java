/**
 * Notifikasi: the in-app notifications (the bell) and reminders by e-mail. Workflow transitions of realisasi and
 * Rencana Aksi ({@code realisasi.PerubahanStatus}) are recorded in their own transaction as notifications and, where
 * the recipient wants e-mail, as rows of an outbox; a scheduled job guarded by a database lock adds the deadline
 * reminders and the verifikator's daily digest and sends the outbox over the SMTP server the Admin configured.
 */
@NullMarked
package id.kecamatan.kinerja.notifikasi;

import org.jspecify.annotations.NullMarked;
