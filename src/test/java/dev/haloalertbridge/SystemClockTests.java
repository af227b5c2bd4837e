package dev.haloalertbridge;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.haloalertbridge.ops.Check;
import dev.haloalertbridge.ops.ConnectionCheck;
import dev.haloalertbridge.testsupport.SandboxTickets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bridge as it runs in production, on the system clock (every other end-to-end test
 * moves a clock by hand, under which time stands still between two readings): an alert
 * posted to the sandbox becomes a ticket, and the connection check passes against the
 * sandbox's seeded Halo.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("sandbox")
@AutoConfigureWebTestClient
class SystemClockTests {

	@Autowired
	private WebTestClient web;

	@Autowired
	private Clock clock;

	@Autowired
	private ConnectionCheck check;

	@Test
	void alertBecomesATicketWhileTheClockRuns() {
		assertThat(this.clock).isEqualTo(Clock.systemUTC());
		JsonNode accepted = this.web.post()
			.uri("/webhooks/generic")
			.header(HttpHeaders.AUTHORIZATION, "Bearer sandbox-generic-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"system-clock-1\",\"title\":\"UPS on battery\",\"customer\":\"ACME-001\"}")
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		// Other tests sharing this context open tickets of their own: find this alert's.
		String fingerprint = accepted.path("fingerprints").path(0).asString();
		await().until(() -> ticket(fingerprint).isPresent());
		assertThat(ticket(fingerprint).orElseThrow().path("summary").asString()).contains("UPS on battery");
	}

	@Test
	void connectionCheckPassesAgainstTheSandboxAndShowsAsAHealthComponent() {
		List<Check> checks = this.check.run().block();
		assertThat(checks)
			.allSatisfy((check) -> assertThat(check.outcome()).as(check.line()).isEqualTo(Check.Outcome.PASSED));
		this.web.get()
			.uri("/actuator/health/halo")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.details.teams")
			.value((detail) -> assertThat(detail.toString()).startsWith("passed:"));
		this.web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	private Optional<JsonNode> ticket(String fingerprint) {
		return SandboxTickets.list(this.web)
			.valueStream()
			.filter((ticket) -> fingerprint.equals(ticket.path("third_party_id_string").asString()))
			.findFirst();
	}

}
