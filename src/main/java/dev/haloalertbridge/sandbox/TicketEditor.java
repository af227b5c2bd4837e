package dev.haloalertbridge.sandbox;

import java.time.LocalDateTime;
import java.util.List;

import dev.haloalertbridge.sandbox.SandboxSeed.Client;
import dev.haloalertbridge.sandbox.SandboxSeed.Site;
import dev.haloalertbridge.sandbox.SandboxSeed.Team;
import dev.haloalertbridge.sandbox.SandboxSeed.TicketType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one item of a {@code POST /Tickets} body into a ticket: validation as Halo does
 * it (400 for an unknown ticket type, client, site, priority, team or status), then only
 * the fields the item names. Fields it does not know are ignored, as Halo ignores them.
 */
final class TicketEditor {

	private static final List<String> TEXT_FIELDS = List.of("details", "details_html", "third_party_id_string",
			"category_1", "category_2", "category_3", "category_4");

	private static final List<String> NUMBER_FIELDS = List.of("impact", "urgency", "source", "user_id", "agent_id");

	private static final int DEFAULT_PRIORITY = 3;

	ObjectNode created(long id, JsonNode item, LocalDateTime now) {
		String summary = Json.text(item, "summary")
			.filter((text) -> !text.isBlank())
			.orElseThrow(() -> HaloError.badRequest("Please enter a Summary"));
		TicketType type = ticketType(item);
		if (item.has("user_id") && !item.has("site_id")) {
			throw HaloError.badRequest("A Site must be selected when a User is set");
		}
		ObjectNode ticket = Json.object();
		ticket.put("id", id);
		ticket.put("summary", summary);
		ticket.put("details", "");
		ticket.put("details_html", "");
		ticket.put("tickettype_id", type.id());
		ticket.put("sla_id", type.defaultSla());
		ticket.put("priority_id", DEFAULT_PRIORITY);
		ticket.put("third_party_id_string", "");
		ticket.put("agent_id", 0);
		ticket.put("dateoccurred", Json.format(now));
		ticket.put("hasbeenclosed", false);
		applyClient(ticket, requiredClient(item));
		applyTeam(ticket, SandboxSeed.team(type.defaultTeam()).orElse(new Team(0, "")));
		ticket.put("status_id", type.initialStatus());
		apply(ticket, item, now);
		return ticket;
	}

	ObjectNode updated(SandboxTicket current, JsonNode item, LocalDateTime now) {
		ObjectNode ticket = current.json();
		Json.text(item, "summary").filter((text) -> !text.isBlank()).ifPresent((text) -> ticket.put("summary", text));
		if (item.has("tickettype_id")) {
			TicketType type = ticketType(item);
			ticket.put("tickettype_id", type.id());
			ticket.put("sla_id", type.defaultSla());
		}
		if (item.has("client_id")) {
			applyClient(ticket, requiredClient(item));
		}
		apply(ticket, item, now);
		return ticket;
	}

	/** Sets a status; the closed one marks the ticket as closed (the flag then stays). */
	void applyStatus(ObjectNode ticket, long statusId, LocalDateTime now) {
		SandboxSeed.Status status = SandboxSeed.status(statusId)
			.orElseThrow(() -> HaloError.badRequest("Status " + statusId + " does not exist"));
		boolean wasClosed = ticket.path("status_id").asInt() == SandboxSeed.CLOSED_STATUS;
		ticket.put("status_id", status.id());
		if (status.id() == SandboxSeed.CLOSED_STATUS && !wasClosed) {
			ticket.put("hasbeenclosed", true);
			ticket.put("dateclosed", Json.format(now));
		}
		ticket.put("last_update", Json.format(now));
	}

	private void apply(ObjectNode ticket, JsonNode item, LocalDateTime now) {
		TEXT_FIELDS.forEach((name) -> Json.text(item, name).ifPresent((value) -> ticket.put(name, value)));
		NUMBER_FIELDS.forEach((name) -> Json.longValue(item, name).ifPresent((value) -> ticket.put(name, value)));
		if (item.path("customfields").isArray()) {
			ticket.set("customfields", item.get("customfields").deepCopy());
		}
		Json.longValue(item, "site_id").ifPresent((id) -> applySite(ticket, id));
		Json.longValue(item, "priority_id").ifPresent((id) -> applyPriority(ticket, id));
		applyRequestedTeam(ticket, item);
		Json.longValue(item, "status_id").ifPresent((id) -> applyStatus(ticket, id, now));
		ticket.put("last_update", Json.format(now));
	}

	private TicketType ticketType(JsonNode item) {
		return Json.longValue(item, "tickettype_id")
			.flatMap(SandboxSeed::ticketType)
			.orElseThrow(() -> HaloError.badRequest("Please select a valid Ticket Type"));
	}

	private Client requiredClient(JsonNode item) {
		return Json.longValue(item, "client_id")
			.flatMap(SandboxSeed::client)
			.orElseThrow(() -> HaloError.badRequest("Please select a valid Customer"));
	}

	private void applyClient(ObjectNode ticket, Client client) {
		ticket.put("client_id", client.id());
		ticket.put("client_name", client.name());
		applySite(ticket, client.mainSiteId());
	}

	private void applySite(ObjectNode ticket, long siteId) {
		Site site = SandboxSeed.site(siteId)
			.filter((candidate) -> candidate.clientId() == ticket.path("client_id").asLong())
			.orElseThrow(() -> HaloError.badRequest("Site " + siteId + " does not belong to the Customer"));
		ticket.put("site_id", site.id());
		ticket.put("site_name", site.name());
	}

	private void applyPriority(ObjectNode ticket, long priorityId) {
		SandboxSeed.priority(priorityId)
			.orElseThrow(() -> HaloError.badRequest("Priority " + priorityId + " is not valid for the SLA"));
		ticket.put("priority_id", priorityId);
	}

	private void applyRequestedTeam(ObjectNode ticket, JsonNode item) {
		if (Json.text(item, "team").filter((name) -> !name.isBlank()).isPresent()) {
			String name = item.path("team").asString();
			applyTeam(ticket, SandboxSeed.team(name).orElseThrow(() -> HaloError.badRequest("Unknown team " + name)));
		}
		else if (item.has("team_id")) {
			long id = Json.longValue(item, "team_id").orElse(-1L);
			applyTeam(ticket, SandboxSeed.team(id).orElseThrow(() -> HaloError.badRequest("Unknown team " + id)));
		}
	}

	private void applyTeam(ObjectNode ticket, Team team) {
		ticket.put("team", team.name());
		ticket.put("team_id", team.id());
	}

}
