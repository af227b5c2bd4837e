package dev.haloalertbridge.halo;

import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.mapping.TicketRoute;

/**
 * A ticket to open.
 *
 * @param fingerprint the alert identity, stored as {@code third_party_id_string}
 * @param summary the one-line summary, already truncated
 * @param detailsHtml the body, already escaped HTML
 * @param route where the ticket goes
 */
public record NewTicket(Fingerprint fingerprint, String summary, String detailsHtml, TicketRoute route) {

}
