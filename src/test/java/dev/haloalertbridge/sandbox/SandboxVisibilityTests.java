package dev.haloalertbridge.sandbox;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bridge.sandbox.agent-sees-all-teams=false")
class SandboxVisibilityTests extends SandboxHttpTests {

	@Test
	void ticketsOfATeamTheAgentIsNotInAreCreatedButHidden() {
		long hidden = SandboxCalls
			.json(this.calls
				.post("/sandbox/api/Tickets", this.token,
						"[{\"summary\":\"intrusion\",\"tickettype_id\":21,\"client_id\":12,\"team\":\"Security\"}]")
				.expectStatus()
				.isCreated())
			.path("id")
			.asLong();
		long visible = this.calls.createAlertTicket(this.token);
		this.calls.get("/sandbox/api/Tickets/" + hidden, this.token).expectStatus().isNotFound();
		this.calls.get("/sandbox/api/Tickets/" + visible, this.token).expectStatus().isOk();
		this.calls.get("/sandbox/api/Tickets", this.token)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.record_count")
			.isEqualTo(1)
			.jsonPath("$.tickets[0].id")
			.isEqualTo(visible);
		this.calls.post("/sandbox/api/Actions", this.token, "[{\"ticket_id\":" + hidden + ",\"outcome_id\":7}]")
			.expectStatus()
			.isNotFound();
		assertThat(this.halo.tickets()).hasSize(2);
	}

	@Test
	void teamListShowsOnlyTheTeamsTheAgentIsIn() {
		this.calls.get("/sandbox/api/Team", this.token)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].name")
			.value((names) -> assertThat(names.toString()).contains("Service Desk", "Network Operations")
				.doesNotContain("Security"));
	}

}
