package dev.haloalertbridge.mapping;

import java.util.OptionalInt;

/**
 * Where a ticket goes in Halo, every part an id Halo knows (or the team's name, which is
 * how Halo's ticket takes a team).
 *
 * @param clientId the Halo client
 * @param siteId the client's site, empty for Halo's default
 * @param team the team name, empty to leave it to the ticket type
 * @param ticketTypeId the ticket type
 * @param priorityId the priority ({@code priorityid} of the ticket type's SLA), empty to
 * let Halo choose
 * @param category the category path ({@code category_1}), empty for none
 * @param agentId the agent to assign, empty for none
 */
public record TicketRoute(int clientId, OptionalInt siteId, String team, int ticketTypeId, OptionalInt priorityId,
		String category, OptionalInt agentId) {

	public TicketRoute {
		if (clientId <= 0 || ticketTypeId <= 0) {
			throw new IllegalArgumentException("client and ticket type ids must be positive");
		}
	}

	/**
	 * A route without category or agent.
	 * @param clientId the client
	 * @param siteId the site
	 * @param team the team name
	 * @param ticketTypeId the ticket type
	 * @param priorityId the priority
	 */
	public TicketRoute(int clientId, OptionalInt siteId, String team, int ticketTypeId, OptionalInt priorityId) {
		this(clientId, siteId, team, ticketTypeId, priorityId, "", OptionalInt.empty());
	}

}
