package dev.haloalertbridge.mapping;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a rule sends a ticket, before names are resolved to ids.
 *
 * @param client the client
 * @param siteId the site, empty for the client's default
 * @param team the team name, empty to leave it to the ticket type
 * @param ticketType the ticket type
 * @param priorityId the priority, empty to let Halo choose
 * @param category the category path, empty for none
 * @param agent the agent to assign, if any
 */
public record TicketTarget(Ref client, OptionalInt siteId, String team, Ref ticketType, OptionalInt priorityId,
		String category, Optional<Ref> agent) {

}
