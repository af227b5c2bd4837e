package dev.haloalertbridge.sandbox;

import java.time.LocalDateTime;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A ticket held by the sandbox, as Halo would return it from {@code GET
 * /api/Tickets/{id}}. The JSON is the one source of truth; the accessors read it.
 *
 * @param json the ticket's wire form (a defensive copy is taken and handed out)
 */
public record SandboxTicket(ObjectNode json) {

	public SandboxTicket {
		json = json.deepCopy();
	}

	/**
	 * The ticket's wire form.
	 * @return a copy, safe to modify
	 */
	@Override
	public ObjectNode json() {
		return this.json.deepCopy();
	}

	public long id() {
		return this.json.path("id").asLong();
	}

	public String summary() {
		return this.json.path("summary").asString("");
	}

	public int statusId() {
		return this.json.path("status_id").asInt();
	}

	public long clientId() {
		return this.json.path("client_id").asLong();
	}

	/**
	 * The team's name, empty when the ticket has no team.
	 * @return the team name
	 */
	public String team() {
		return this.json.path("team").asString("");
	}

	public String thirdPartyIdString() {
		return this.json.path("third_party_id_string").asString("");
	}

	/**
	 * Whether the ticket has ever been closed. Like Halo's flag it stays set after a
	 * reopen; whether a ticket is open now is told by {@link #statusId()}.
	 * @return the {@code hasbeenclosed} flag
	 */
	public boolean hasBeenClosed() {
		return this.json.path("hasbeenclosed").asBoolean(false);
	}

	public Optional<LocalDateTime> dateClosed() {
		JsonNode node = this.json.path("dateclosed");
		return node.isString() ? Optional.of(LocalDateTime.parse(node.stringValue())) : Optional.empty();
	}

	boolean isOpen() {
		return statusId() != SandboxSeed.CLOSED_STATUS;
	}

}
