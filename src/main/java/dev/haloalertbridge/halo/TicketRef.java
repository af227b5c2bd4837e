package dev.haloalertbridge.halo;

/**
 * A ticket Halo holds.
 *
 * @param id the ticket id
 */
public record TicketRef(long id) {

}
