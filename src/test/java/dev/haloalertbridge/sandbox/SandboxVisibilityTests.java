package dev.haloalertbridge.sandbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bridge.sandbox.agent-sees-all-teams=false")
@ActiveProfiles("sandbox")
@AutoConfigureWebTestClient
class SandboxVisibilityTests {

	@Autowired
	private WebTestClient web;

	@Autowired
	private SandboxHalo halo;

	private SandboxCalls calls;

	private String token;

	@BeforeEach
	void setUp() {
		this.halo.reset();
		this.calls = new SandboxCalls(this.web);
		this.token = this.calls.token();
	}

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

}
