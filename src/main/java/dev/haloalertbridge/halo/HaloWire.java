package dev.haloalertbridge.halo;

import java.math.BigDecimal;
import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.haloalertbridge.mapping.TicketRoute;

/**
 * Halo's wire format: request bodies are JSON arrays (one element per record to save),
 * and numbers arrive leniently ({@code 21}, {@code 21.0} or {@code "21"}).
 */
final class HaloWire {

	private HaloWire() {
	}

	static ArrayNode ticket(JsonMapper json, NewTicket ticket) {
		TicketRoute route = ticket.route();
		ObjectNode node = json.createObjectNode()
			.put("summary", ticket.summary())
			.put("details_html", ticket.detailsHtml())
			.put("tickettype_id", route.ticketTypeId())
			.put("client_id", route.clientId())
			.put("third_party_id_string", ticket.fingerprint().value())
			.put("dont_do_rules", false);
		route.siteId().ifPresent((site) -> node.put("site_id", site));
		route.priorityId().ifPresent((priority) -> node.put("priority_id", priority));
		if (!route.team().isBlank()) {
			node.put("team", route.team());
		}
		if (!route.category().isBlank()) {
			node.put("category_1", route.category());
		}
		route.agentId().ifPresent((agent) -> node.put("agent_id", agent));
		return json.createArrayNode().add(node);
	}

	static ArrayNode note(JsonMapper json, NewNote note) {
		ObjectNode node = json.createObjectNode()
			.put("ticket_id", note.ticketId())
			.put("outcome_id", note.outcomeId())
			.put("note_html", note.noteHtml())
			.put("hiddenfromuser", true)
			.put("sendemail", false);
		note.newStatusId().ifPresent((status) -> node.put("new_status", status));
		return json.createArrayNode().add(node);
	}

	/**
	 * Reads an id or count however Halo spelled it.
	 * @param node the value
	 * @return the whole number, or empty if it is missing or not one
	 */
	static OptionalLong number(JsonNode node) {
		if (node.isNumber()) {
			return whole(node.decimalValue());
		}
		if (node.isString()) {
			try {
				return whole(new BigDecimal(node.asString().strip()));
			}
			catch (NumberFormatException ex) {
				return OptionalLong.empty();
			}
		}
		return OptionalLong.empty();
	}

	private static OptionalLong whole(BigDecimal value) {
		try {
			return OptionalLong.of(value.stripTrailingZeros().longValueExact());
		}
		catch (ArithmeticException ex) {
			return OptionalLong.empty();
		}
	}

}
