package dev.haloalertbridge.mapping;

import java.util.OptionalInt;

/**
 * Where a ticket goes in Halo.
 *
 * @param clientId the Halo client
 * @param siteId the client's site, empty for Halo's default
 * @param team the team name, empty to leave it to the ticket type
 * @param ticketTypeId the ticket type
 * @param priorityId the priority ({@code priorityid} of the ticket type's SLA), empty to
 * let Halo choose
 */
public record TicketRoute(int clientId, OptionalInt siteId, String team, int ticketTypeId, OptionalInt priorityId) {

	public TicketRoute {
		if (clientId <= 0 || ticketTypeId <= 0) {
			throw new IllegalArgumentException("client and ticket type ids must be positive");
		}
	}

}
