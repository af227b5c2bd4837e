package dev.haloalertbridge.ticketing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.haloalertbridge.dedupe.Ledger;
import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.testsupport.WireMockHalo;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

/**
 * What the end-to-end tests share: the whole bridge over HTTP (one shared context), the
 * shared WireMock Halo reset to its happy path before each test once earlier tests'
 * writes have settled, and helpers that post alerts and read what reached Halo.
 */
abstract class EndToEndTestBase {

	final WireMockServer halo = WireMockHalo.shared();

	@Autowired
	WebTestClient web;

	@Autowired
	MutableClock clock;

	@Autowired
	MeterRegistry registry;

	@Autowired
	JsonMapper json;

	@Autowired
	OutboxWorker worker;

	@Autowired
	Ledger ledger;

	@BeforeEach
	void resetHalo() {
		// Earlier tests in this shared context may still have alerts in flight; let them
		// finish first.
		await().until(this.worker::idle);
		WireMockHalo.reset(this.halo);
	}

	List<LoggedRequest> ticketPosts() {
		return this.halo.findAll(postRequestedFor(urlPathEqualTo("/api/Tickets")));
	}

	List<LoggedRequest> actionPosts() {
		return this.halo.findAll(postRequestedFor(urlPathEqualTo("/api/Actions")));
	}

	double lookups(String result) {
		return this.registry.get("bridge.resolve.lookups").tag("result", result).counter().count();
	}

	double decided(String decision) {
		return this.registry.find("bridge.alerts.processed")
			.tag("decision", decision)
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

	void postAlertmanager(String body) {
		this.web.post()
			.uri("/webhooks/alertmanager")
			.header(HttpHeaders.AUTHORIZATION, "Bearer am-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	String postGeneric(String body) {
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

	static String fixture(String name) throws IOException {
		try (InputStream in = EndToEndTestBase.class.getResourceAsStream("/fixtures/alertmanager/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
