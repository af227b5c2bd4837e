package dev.haloalertbridge.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.MeterRegistry;
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

/**
 * The admin endpoints over HTTP, in the sandbox profile: the connection check against the
 * sandbox's Halo, a dry run, the unmapped listing, and what a caller without the token
 * gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("sandbox")
@AutoConfigureWebTestClient
class AdminEndpointsTests {

	private static final String ADMIN = "Bearer sandbox-admin-token";

	@Autowired
	WebTestClient web;

	@Autowired
	MeterRegistry registry;

	@Test
	void checkPassesAgainstTheSandboxAndNamesEveryCheck() {
		JsonNode report = get("/admin/check", ADMIN, 200);
		assertThat(report.path("passed").asBoolean()).as(report.toString()).isTrue();
		assertThat(report.path("checks").valueStream().map((check) -> check.path("name").asString())).containsExactly(
				"token", "teams", "ticket types", "closed status", "note outcome", "mapping", "rate limit");
		assertThat(report.toString()).doesNotContain("sandbox-client-secret").doesNotContain("sandbox-admin-token");
	}

	@Test
	void dryRunShowsTheTicketAndTheRuleWithoutWritingAnything() throws IOException {
		JsonNode report = this.web.post()
			.uri("/admin/dry-run/alertmanager")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(fixture("host-down-firing.json"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		JsonNode alert = report.path("alerts").path(0);
		assertThat(alert.path("rule").asInt()).isZero();
		assertThat(alert.path("why").asString()).isEqualTo("rules[0] matched: customer=ACME-001");
		assertThat(alert.path("problems")).isEmpty();
		JsonNode ticket = alert.path("ticket");
		assertThat(ticket.path("client_id").asInt()).isEqualTo(12);
		assertThat(ticket.path("site_id").asInt()).isEqualTo(34);
		assertThat(ticket.path("team").asString()).isEqualTo("Service Desk");
		assertThat(ticket.path("tickettype_id").asInt()).isEqualTo(21);
		assertThat(ticket.path("priority_id").asInt()).isEqualTo(1);
		assertThat(ticket.path("summary").asString()).isNotBlank();
		assertThat(ticket.path("third_party_id_string").asString()).isEqualTo(alert.path("fingerprint").asString());
		// Other tests in this context may still be opening their own tickets; none may
		// carry the dry run's fingerprint.
		assertThat(get("/sandbox/tickets", null, 200).valueStream()
			.map((written) -> written.path("third_party_id_string").asString()))
			.doesNotContain(alert.path("fingerprint").asString());
	}

	@Test
	void dryRunOfABodyTheSourceCannotReadIsAProblem() {
		JsonNode problem = this.web.post()
			.uri("/admin/dry-run/alertmanager")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"alerts\": 7}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.path("type").asString()).isEqualTo("urn:halo-alert-bridge:problem:admin-bad-request");
		assertThat(problem.path("detail").asString()).isNotBlank();
	}

	@Test
	void unmappedAlertIsCountedAndListed() {
		this.web.post()
			.uri("/webhooks/generic")
			.header(HttpHeaders.AUTHORIZATION, "Bearer sandbox-generic-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"unmapped-1\",\"title\":\"UPS on battery\",\"customer\":\"INITECH-9\"}")
			.exchange()
			.expectStatus()
			.isAccepted();
		JsonNode listing = get("/admin/unmapped", ADMIN, 200);
		assertThat(listing.path("policy").asString()).isEqualTo("default-client");
		JsonNode seen = listing.path("alerts")
			.valueStream()
			.filter((alert) -> alert.path("customer").asString().equals("INITECH-9"))
			.findFirst()
			.orElseThrow();
		assertThat(seen.path("source").asString()).isEqualTo("generic");
		assertThat(seen.path("outcome").asString()).isEqualTo("default_client");
		assertThat(seen.path("title").asString()).isEqualTo("UPS on battery");
		assertThat(this.registry.get("bridge.alerts.unmapped")
			.tag("source", "generic")
			.tag("outcome", "default_client")
			.counter()
			.count()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void missingOrWrongTokenIsRefusedWithAProblem() {
		JsonNode missing = get("/admin/unmapped", null, 401);
		assertThat(missing.path("detail").asString()).contains("Bearer");
		JsonNode wrong = get("/admin/check", "Bearer guess", 401);
		assertThat(wrong.path("type").asString()).isEqualTo("urn:halo-alert-bridge:problem:admin-unauthorized");
		assertThat(wrong.toString()).doesNotContain("sandbox-admin-token");
		assertThat(this.registry.get("bridge.admin.requests")
			.tag("endpoint", "check")
			.tag("outcome", "unauthorized")
			.counter()
			.count()).isGreaterThanOrEqualTo(1);
	}

	private JsonNode get(String path, String authorization, int status) {
		return this.web.get().uri(path).headers((headers) -> {
			if (authorization != null) {
				headers.set(HttpHeaders.AUTHORIZATION, authorization);
			}
		}).exchange().expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private static String fixture(String name) throws IOException {
		try (InputStream in = AdminEndpointsTests.class.getResourceAsStream("/fixtures/alertmanager/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
