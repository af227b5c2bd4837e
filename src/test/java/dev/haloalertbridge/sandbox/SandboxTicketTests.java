package dev.haloalertbridge.sandbox;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxTicketTests extends SandboxHttpTests {

	private static final String TICKETS = "/sandbox/api/Tickets";

	@Test
	void createAnswers201WithTheSavedTicketAsOneObject() {
		JsonNode ticket = SandboxCalls
			.json(this.calls.post(TICKETS, this.token, SandboxCalls.ALERT_TICKET).expectStatus().isCreated());
		assertThat(ticket.isObject()).isTrue();
		assertThat(ticket.path("id").asLong()).isEqualTo(1001);
		assertThat(ticket.path("status_id").asInt()).isEqualTo(1);
		assertThat(ticket.path("team").asString()).isEqualTo("Service Desk");
		assertThat(ticket.path("client_name").asString()).isEqualTo("Acme Dental");
		assertThat(ticket.path("site_id").asLong()).isEqualTo(34);
		assertThat(ticket.path("priority_id").asInt()).isEqualTo(2);
		assertThat(ticket.path("hasbeenclosed").asBoolean()).isFalse();
		assertThat(ticket.path("dateoccurred").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
		assertThat(ticket.has("no_such_field")).isFalse();
		assertThat(this.halo.actions(1001)).singleElement()
			.satisfies((action) -> assertThat(action.outcome()).isEqualTo("Ticket opened"))
			.satisfies((action) -> assertThat(action.id()).isEqualTo(1));
	}

	@Test
	void ticketIdsIncreaseAndReturnAllAnswersAnArray() {
		String two = """
				[{"summary":"a","tickettype_id":21,"client_id":12},
				 {"summary":"b","tickettype_id":1,"client_id":14,"team_id":5}]""";
		JsonNode last = SandboxCalls.json(this.calls.post(TICKETS, this.token, two).expectStatus().isCreated());
		assertThat(last.path("id").asLong()).isEqualTo(1002);
		assertThat(last.path("team").asString()).isEqualTo("Network Operations");
		JsonNode all = SandboxCalls
			.json(this.calls.post(TICKETS + "?returnall=true", this.token, two).expectStatus().isCreated());
		assertThat(all.isArray()).isTrue();
		assertThat(all.values()).extracting((ticket) -> ticket.path("id").asLong()).containsExactly(1003L, 1004L);
	}

	@Test
	void objectOrMalformedBodyIsRefused() {
		this.calls.post(TICKETS, this.token, "{\"summary\":\"x\",\"tickettype_id\":21,\"client_id\":12}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.Message")
			.exists();
		this.calls.post(TICKETS, this.token, "[{\"summary\":")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.ClassName")
			.isEqualTo("System.Exception");
		assertThat(this.halo.tickets()).isEmpty();
	}

	@Test
	void unknownTicketTypeOrClientOrMissingSummaryIsRefused() {
		for (String item : new String[] { "{\"summary\":\"x\",\"tickettype_id\":99,\"client_id\":12}",
				"{\"summary\":\"x\",\"tickettype_id\":21,\"client_id\":99}",
				"{\"tickettype_id\":21,\"client_id\":12}" }) {
			this.calls.post(TICKETS, this.token, "[" + item + "]")
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.ClassName")
				.isEqualTo("System.Exception");
		}
		assertThat(this.halo.tickets()).isEmpty();
	}

	@Test
	void thirdPartyIdStringFindsTheTicketExactly() {
		long id = this.calls.createAlertTicket(this.token);
		this.calls.post(TICKETS, this.token, "[{\"summary\":\"other\",\"tickettype_id\":21,\"client_id\":12,"
				+ "\"third_party_id_string\":\"prom:alertmanager:abcd\"}]");
		JsonNode list = SandboxCalls
			.json(this.calls.get(TICKETS + "?third_party_id_string=prom:alertmanager:abc", this.token)
				.expectStatus()
				.isOk());
		assertThat(list.path("record_count").asInt()).isEqualTo(1);
		assertThat(list.path("tickets").get(0).path("id").asLong()).isEqualTo(id);
		assertThat(list.path("tickets").get(0).path("third_party_id_string").asString())
			.isEqualTo("prom:alertmanager:abc");
		assertThat(list.has("page_no")).isTrue();
	}

	@Test
	void listFiltersAndPagesTickets() {
		for (int i = 0; i < 3; i++) {
			this.calls.createAlertTicket(this.token);
		}
		this.calls.post(TICKETS, this.token, "[{\"id\":1002,\"status_id\":9}]").expectStatus().isCreated();
		assertThat(count("?open_only=true")).isEqualTo(2);
		assertThat(count("?closed_only=true")).isEqualTo(1);
		assertThat(count("?client_id=14")).isZero();
		assertThat(count("?search_summary=disk")).isEqualTo(3);
		JsonNode page = SandboxCalls
			.json(this.calls.get(TICKETS + "?pageinate=true&page_size=2&page_no=2", this.token).expectStatus().isOk());
		assertThat(page.path("record_count").asInt()).isEqualTo(3);
		assertThat(page.path("tickets").size()).isEqualTo(1);
		assertThat(page.path("page_no").asInt()).isEqualTo(2);
	}

	@Test
	void updateChangesOnlyTheGivenFieldsAndClosedStatusClosesTheTicket() {
		long id = this.calls.createAlertTicket(this.token);
		JsonNode closed = SandboxCalls
			.json(this.calls.post(TICKETS, this.token, "[{\"id\":" + id + ",\"status_id\":9,\"details\":\"resolved\"}]")
				.expectStatus()
				.isCreated());
		assertThat(closed.path("summary").asString()).isEqualTo("[ALERT db01] Disk usage 97%");
		assertThat(closed.path("details").asString()).isEqualTo("resolved");
		assertThat(closed.path("hasbeenclosed").asBoolean()).isTrue();
		assertThat(closed.path("dateclosed").asString()).isNotEmpty();
		SandboxCalls.json(this.calls.get(TICKETS + "/" + id, this.token).expectStatus().isOk());
		assertThat(this.halo.tickets()).singleElement()
			.satisfies((ticket) -> assertThat(ticket.statusId()).isEqualTo(9))
			.satisfies((ticket) -> assertThat(ticket.dateClosed()).isPresent());
	}

	@Test
	void unknownTicketIsNotFound() {
		this.calls.post(TICKETS, this.token, "[{\"id\":4242,\"status_id\":9}]")
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.Message")
			.exists();
		this.calls.get(TICKETS + "/4242", this.token).expectStatus().isNotFound();
	}

	@Test
	void inspectionListsEveryTicketWithItsActionsWithoutAToken() {
		long id = this.calls.createAlertTicket(this.token);
		int counted = this.halo.requestsInWindow();
		this.web.get()
			.uri("/sandbox/tickets")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].id")
			.isEqualTo(id)
			.jsonPath("$[0].status")
			.isEqualTo("New")
			.jsonPath("$[0].client_name")
			.isEqualTo("Acme Dental")
			.jsonPath("$[0].third_party_id_string")
			.isEqualTo("prom:alertmanager:abc")
			.jsonPath("$[0].hasbeenclosed")
			.isEqualTo(false)
			.jsonPath("$[0].actions[0].id")
			.isEqualTo(1);
		assertThat(this.halo.requestsInWindow()).isEqualTo(counted);
	}

	private int count(String query) {
		return SandboxCalls.json(this.calls.get(TICKETS + query, this.token).expectStatus().isOk())
			.path("record_count")
			.asInt();
	}

}
