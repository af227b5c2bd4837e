package dev.haloalertbridge.ticketing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.dedupe.Ledger;
import dev.haloalertbridge.testsupport.BridgeTest;
import dev.haloalertbridge.testsupport.HaloOpenApi;
import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.testsupport.WireMockHalo;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alerts in over HTTP, tickets and notes out to a WireMock Halo, with every Halo request
 * checked against Halo's OpenAPI document.
 */
@BridgeTest
class TicketingEndToEndTests {

	private final WireMockServer halo = WireMockHalo.shared();

	@Autowired
	private WebTestClient web;

	@Autowired
	private MutableClock clock;

	@Autowired
	private MeterRegistry registry;

	@Autowired
	private JsonMapper json;

	@Autowired
	private OutboxWorker worker;

	@Autowired
	private Ledger ledger;

	@BeforeEach
	void resetHalo() {
		// Earlier tests in this shared context may still have alerts in flight; let them
		// finish first.
		await().until(this.worker::idle);
		WireMockHalo.reset(this.halo);
	}

	@Test
	void firingRepeatsAndResolvedMakeOneTicketOneCoalescedNoteAndAClosingNote() throws IOException {
		String firing = fixture("host-down-firing.json");
		postAlertmanager(firing);
		await().until(() -> ticketPosts().size() == 1);
		JsonNode ticket = this.json.readTree(ticketPosts().get(0).getBodyAsString()).get(0);
		assertThat(ticket.path("client_id").asInt()).isEqualTo(12);
		assertThat(ticket.path("site_id").asInt()).isEqualTo(34);
		assertThat(ticket.path("team").asString()).isEqualTo("Service Desk");
		assertThat(ticket.path("priority_id").asInt()).isEqualTo(1);
		assertThat(ticket.path("summary").asString()).isEqualTo("[CRITICAL] fs01.acme.example.com is unreachable");
		assertThat(ticket.path("third_party_id_string").asString()).startsWith("alertmanager:");

		double repeats = decided("repeat");
		postAlertmanager(firing);
		postAlertmanager(firing);
		await().until(() -> decided("repeat") == repeats + 2 && this.worker.idle());
		assertThat(ticketPosts()).hasSize(1);
		assertThat(actionPosts()).isEmpty();

		this.clock.advance(Duration.ofMinutes(11));
		await().until(() -> actionPosts().size() == 1);
		JsonNode note = this.json.readTree(actionPosts().get(0).getBodyAsString()).get(0);
		assertThat(note.path("ticket_id").asLong()).isEqualTo(4321);
		assertThat(note.path("hiddenfromuser").asBoolean()).isTrue();
		assertThat(note.path("outcome_id").asInt()).isEqualTo(7);
		assertThat(note.path("note_html").asString()).contains("<strong>2</strong> more times");

		postAlertmanager(fixture("host-down-resolved.json"));
		await().until(() -> actionPosts().size() == 2);
		JsonNode resolved = this.json.readTree(actionPosts().get(1).getBodyAsString()).get(0);
		assertThat(resolved.path("new_status").asInt()).isEqualTo(9);
		assertThat(resolved.path("note_html").asString()).contains("Alert resolved");
		assertThat(HaloOpenApi.assertEveryApiRequestValid(this.halo)).isGreaterThanOrEqualTo(4);
	}

	@Test
	void oneMessageWithTwoAlertsOpensTwoTickets() throws IOException {
		postAlertmanager(fixture("disk-space-group-two-alerts.json"));
		await().until(() -> ticketPosts().size() == 2);
		assertThat(ticketPosts())
			.extracting((request) -> this.json.readTree(request.getBodyAsString())
				.get(0)
				.path("third_party_id_string")
				.asString())
			.doesNotHaveDuplicates();
		HaloOpenApi.assertEveryApiRequestValid(this.halo);
	}

	@Test
	void alertTextIsEscapedInTicketHtml() {
		postGeneric("{\"id\":\"xss-1\",\"title\":\"<script>alert(1)</script>\",\"customer\":\"ACME-001\","
				+ "\"description\":\"line1\\n<b>bold</b> & more\",\"labels\":{\"<k>\":\"\\\"v\\\"\"}}");
		await().until(() -> ticketPosts().size() == 1);
		JsonNode ticket = this.json.readTree(ticketPosts().get(0).getBodyAsString()).get(0);
		String html = ticket.path("details_html").asString();
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("line1<br>&lt;b&gt;bold&lt;/b&gt; &amp; more")
			.contains("&lt;k&gt;")
			.contains("&quot;v&quot;")
			.doesNotContain("<script>")
			.doesNotContain("<b>");
	}

	@Test
	void resolvedAlertForAnUnknownFingerprintIsLookedUpAndWritesNothingWhenHaloHasNoOpenTicket() {
		double before = decided("resolved_unknown");
		double notFound = lookups("not_found");
		String fingerprint = postGeneric("{\"id\":\"never-fired\",\"title\":\"gone\",\"status\":\"resolved\"}");
		await().until(() -> lookups("not_found") == notFound + 1);
		assertThat(decided("resolved_unknown")).isEqualTo(before + 1);
		this.halo.verify(getRequestedFor(urlPathEqualTo("/api/Tickets")).withQueryParam("third_party_id_string",
				equalTo(fingerprint)));
		assertThat(ticketPosts()).isEmpty();
		assertThat(actionPosts()).isEmpty();
	}

	@Test
	void resolveForAFingerprintTheLedgerLostClosesTheOpenTicketFoundInHalo() {
		String fingerprint = postGeneric("{\"id\":\"lost-1\",\"title\":\"UPS on battery\"}");
		await().until(() -> ticketPosts().size() == 1);
		// a restart or an eviction: the ledger no longer knows the fingerprint
		this.ledger.update(new Fingerprint(fingerprint), (entry) -> Optional.empty());
		this.halo
			.stubFor(get(urlPathEqualTo("/api/Tickets")).withQueryParam("third_party_id_string", equalTo(fingerprint))
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"record_count\":1,\"tickets\":[{\"id\":4321,\"third_party_id_string\":\"" + fingerprint
							+ "\"}]}")));
		double found = lookups("found");

		postGeneric("{\"id\":\"lost-1\",\"title\":\"UPS on battery\",\"status\":\"resolved\"}");

		await().until(() -> actionPosts().size() == 1);
		JsonNode note = this.json.readTree(actionPosts().get(0).getBodyAsString()).get(0);
		assertThat(note.path("ticket_id").asLong()).isEqualTo(4321);
		assertThat(note.path("new_status").asInt()).isEqualTo(9);
		assertThat(lookups("found")).isEqualTo(found + 1);
		assertThat(ticketPosts()).hasSize(1);
		HaloOpenApi.assertEveryApiRequestValid(this.halo);
	}

	@Test
	void createHaloRefusesForGoodEndsRejectedAfterTheCappedRetries() {
		this.halo.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/api/Tickets"))
			.willReturn(aResponse().withStatus(400).withBody("\"Please select a valid Client\"")));
		double rejected = this.registry.get("bridge.writes.rejected").tag("kind", "create").counter().count();
		postGeneric("{\"id\":\"poisoned-1\",\"title\":\"disk full\"}");
		// The clock moves only once the writer has settled the refusal and owed the
		// retry.
		await().until(() -> ticketPosts().size() == 1 && this.worker.idle());
		// retry-backoff 1m in these tests, doubled per failure
		this.clock.advance(Duration.ofMinutes(1));
		await().until(() -> ticketPosts().size() == 2 && this.worker.idle());
		this.clock.advance(Duration.ofMinutes(2));
		await()
			.until(() -> this.registry.get("bridge.writes.rejected").tag("kind", "create").counter().count() == rejected
					+ 1);
		assertThat(ticketPosts()).hasSize(3);
		assertThat(this.registry.get("bridge.outbox.rejected").gauge().value()).isGreaterThanOrEqualTo(1);

		// set aside for good: neither time nor repeats bring it back
		postGeneric("{\"id\":\"poisoned-1\",\"title\":\"disk full\"}");
		this.clock.advance(Duration.ofHours(1));
		await().during(Duration.ofMillis(300)).until(() -> ticketPosts().size() == 3);
	}

	@Test
	void createThatFailsIsRetriedAfterTheBackoffAndOpensExactlyOneTicket() {
		this.halo.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/api/Tickets"))
			.willReturn(aResponse().withStatus(503).withBody("{\"Message\":\"down for maintenance\"}")));
		double failures = this.registry.get("bridge.pipeline.failures").tag("stage", "create").counter().count();
		postGeneric("{\"id\":\"halo-down-1\",\"title\":\"disk full\"}");
		await().until(
				() -> this.registry.get("bridge.pipeline.failures").tag("stage", "create").counter().count() == failures
						+ 1);
		// the shipped policy: three attempts in the call, then the outbox's backoff
		assertThat(ticketPosts()).hasSize(3);
		WireMockHalo.reset(this.halo);
		this.clock.advance(Duration.ofMinutes(2));
		await().until(() -> ticketPosts().size() == 1);
		this.clock.advance(Duration.ofMinutes(2));
		await().during(Duration.ofMillis(300)).until(() -> ticketPosts().size() == 1);
	}

	@Test
	void refusedTicketSearchStillOpensTheTicket() {
		this.halo.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/Tickets"))
			.willReturn(aResponse().withStatus(403)));
		postGeneric("{\"id\":\"no-search-permission\",\"title\":\"disk full\"}");
		await().until(() -> ticketPosts().size() == 1);
	}

	private List<LoggedRequest> ticketPosts() {
		return this.halo.findAll(postRequestedFor(urlPathEqualTo("/api/Tickets")));
	}

	private List<LoggedRequest> actionPosts() {
		return this.halo.findAll(postRequestedFor(urlPathEqualTo("/api/Actions")));
	}

	private double lookups(String result) {
		return this.registry.get("bridge.resolve.lookups").tag("result", result).counter().count();
	}

	private double decided(String decision) {
		return this.registry.find("bridge.alerts.processed")
			.tag("decision", decision)
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

	private void postAlertmanager(String body) {
		this.web.post()
			.uri("/webhooks/alertmanager")
			.header(HttpHeaders.AUTHORIZATION, "Bearer am-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	private String postGeneric(String body) {
		return this.web.post()
			.uri("/webhooks/generic")
			.headers((headers) -> headers.setBasicAuth("generic-user", "generic-pass"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.path("fingerprints")
			.path(0)
			.asString();
	}

	private static String fixture(String name) throws IOException {
		try (InputStream in = TicketingEndToEndTests.class.getResourceAsStream("/fixtures/alertmanager/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
