package dev.haloalertbridge.sandbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxActionTests extends SandboxHttpTests {

	private static final String ACTIONS = "/sandbox/api/Actions";

	private long ticketId;

	@BeforeEach
	void setUp() {
		this.ticketId = this.calls.createAlertTicket(this.token);
	}

	@Test
	void actionWithoutOutcomeIsRefusedWithHalosMessage() {
		this.calls.post(ACTIONS, this.token, "[{\"ticket_id\":" + this.ticketId + ",\"note\":\"again\"}]")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.isEqualTo("\"An Outcome must be entered for this Action\"");
		assertThat(this.halo.actions(this.ticketId)).hasSize(1);
	}

	@Test
	void actionIdsCountPerTicket() {
		long other = this.calls.createAlertTicket(this.token);
		assertThat(note(this.ticketId, "\"outcome_id\":7").path("id").asLong()).isEqualTo(2);
		assertThat(note(this.ticketId, "\"outcome\":\"Private Note\"").path("id").asLong()).isEqualTo(3);
		JsonNode first = note(other, "\"outcome_id\":7");
		assertThat(first.path("id").asLong()).isEqualTo(2);
		assertThat(first.path("ticket_id").asLong()).isEqualTo(other);
		assertThat(first.path("outcome").asString()).isEqualTo("Internal Note");
		assertThat(first.path("hiddenfromuser").asBoolean()).isTrue();
		assertThat(first.path("actionby_application_id").asString()).isEqualTo("sandbox-client");
		assertThat(first.has("datetime")).isTrue();
	}

	@Test
	void actionWithClosedNewStatusClosesAndAnOpenOneReopens() {
		JsonNode closing = note(this.ticketId, "\"outcome_id\":9,\"new_status\":9");
		assertThat(closing.path("new_status").asInt()).isEqualTo(9);
		assertThat(closing.path("old_status").asInt()).isEqualTo(1);
		JsonNode ticket = SandboxCalls
			.json(this.calls.get("/sandbox/api/Tickets/" + this.ticketId, this.token).expectStatus().isOk());
		assertThat(ticket.path("status_id").asInt()).isEqualTo(9);
		assertThat(ticket.path("hasbeenclosed").asBoolean()).isTrue();
		assertThat(ticket.path("dateclosed").asString()).isNotEmpty();
		note(this.ticketId, "\"outcome_id\":7,\"new_status\":2");
		assertThat(this.halo.tickets()).singleElement()
			.satisfies((reopened) -> assertThat(reopened.statusId()).isEqualTo(2))
			.satisfies((reopened) -> assertThat(reopened.hasBeenClosed()).isTrue());
	}

	@Test
	void actionsAreListedAndReadOneByOne() {
		note(this.ticketId, "\"outcome_id\":7");
		this.calls.get(ACTIONS + "?ticket_id=" + this.ticketId, this.token)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ticket_id")
			.isEqualTo(this.ticketId)
			.jsonPath("$.record_count")
			.isEqualTo(2)
			.jsonPath("$.actions[1].note")
			.isEqualTo("seen again");
		this.calls.get(ACTIONS + "/2?ticket_id=" + this.ticketId, this.token)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(2);
		this.calls.get(ACTIONS + "/3?ticket_id=" + this.ticketId, this.token).expectStatus().isNotFound();
	}

	@Test
	void actionOnAnUnknownTicketIsNotFound() {
		this.calls.post(ACTIONS, this.token, "[{\"ticket_id\":9999,\"outcome_id\":7}]").expectStatus().isNotFound();
	}

	@Test
	void returnAllAnswersEverySavedAction() {
		String body = "[{\"ticket_id\":%d,\"outcome_id\":7},{\"ticket_id\":%d,\"outcome_id\":8}]"
			.formatted(this.ticketId, this.ticketId);
		JsonNode saved = SandboxCalls
			.json(this.calls.post(ACTIONS + "?returnall=true", this.token, body).expectStatus().isCreated());
		assertThat(saved.values()).extracting((action) -> action.path("id").asLong()).containsExactly(2L, 3L);
	}

	private JsonNode note(long ticket, String fields) {
		String body = "[{\"ticket_id\":" + ticket + ",\"note\":\"seen again\",\"hiddenfromuser\":true," + fields + "}]";
		return SandboxCalls.json(this.calls.post(ACTIONS, this.token, body).expectStatus().isCreated());
	}

}
