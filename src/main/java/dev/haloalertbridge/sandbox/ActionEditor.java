package dev.haloalertbridge.sandbox;

import java.time.LocalDateTime;

import dev.haloalertbridge.sandbox.SandboxSeed.Outcome;
import tools.jackson.databind.JsonNode;

/**
 * Builds actions from {@code POST /Actions} items. An outcome, by id or by name, is
 * required: Halo refuses an action without one with a bare JSON string.
 */
final class ActionEditor {

	static final String OUTCOME_REQUIRED = "An Outcome must be entered for this Action";

	private final String applicationName;

	ActionEditor(String applicationName) {
		this.applicationName = applicationName;
	}

	SandboxAction opening(SandboxTicket ticket, LocalDateTime now) {
		JsonNode json = ticket.json();
		return new SandboxAction(1, ticket.id(), 0, "Ticket opened", Json.text(json, "details").orElse(""),
				Json.text(json, "details_html").orElse(""), false, now, SandboxSeed.AGENT.name(), this.applicationName,
				ticket.statusId(), 0);
	}

	SandboxAction created(long id, SandboxTicket ticket, JsonNode item, LocalDateTime now) {
		Outcome outcome = outcome(item);
		int newStatus = Json.longValue(item, "new_status").orElse(0L).intValue();
		if (newStatus > 0 && SandboxSeed.status(newStatus).isEmpty()) {
			throw HaloError.badRequest("Status " + newStatus + " does not exist");
		}
		String who = Json.text(item, "who").filter((name) -> !name.isBlank()).orElse(SandboxSeed.AGENT.name());
		return new SandboxAction(id, ticket.id(), outcome.id(), outcome.name(), Json.text(item, "note").orElse(""),
				Json.text(item, "note_html").orElse(""), Json.flag(item, "hiddenfromuser"), now, who,
				this.applicationName, newStatus, ticket.statusId());
	}

	private Outcome outcome(JsonNode item) {
		if (item.has("outcome_id")) {
			return SandboxSeed.outcome(Json.longValue(item, "outcome_id").orElse(-1L))
				.orElseThrow(() -> HaloError.badRequestString(OUTCOME_REQUIRED));
		}
		return Json.text(item, "outcome")
			.flatMap(SandboxSeed::outcome)
			.orElseThrow(() -> HaloError.badRequestString(OUTCOME_REQUIRED));
	}

}
