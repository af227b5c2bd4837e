/**
 * The syslog intake: UDP and TCP listeners for firewalls that cannot send a webhook
 * (SonicWall's SonicOS, Fortinet's FortiOS). A message's header is read first
 * ({@link dev.haloalertbridge.ingest.syslog.SyslogFrame}, RFC 3164 or RFC 5424), then its
 * key=value body ({@link dev.haloalertbridge.ingest.syslog.KeyValues}), then the vendor's
 * reading turns a selected event into a canonical
 * {@link dev.haloalertbridge.alert.Alert}, which goes to the
 * {@link dev.haloalertbridge.ingest.Intake} like a webhook's alerts do. Parsing is pure;
 * only the listeners do I/O.
 */
@NullMarked
package dev.haloalertbridge.ingest.syslog;

import org.jspecify.annotations.NullMarked;
