package dev.haloalertbridge.ops;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.StreamSupport;

import dev.haloalertbridge.testsupport.SandboxTickets;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * Alerts through the bridge in the sandbox profile over HTTP, as Alertmanager sends them,
 * with each outcome the dashboard shows: two new alerts, a repeat that becomes a
 * coalesced note, a resolution that closes a ticket, a malformed body (400), and a new
 * alert while the sandbox's Halo answers 429. Each step waits until the bridge has done
 * it, so a scrape taken afterwards counts all of it.
 */
final class SandboxTraffic {

	private static final Duration BOUND = Duration.ofSeconds(20);

	private static final String TOKEN = "Bearer sandbox-alertmanager-token";

	private final WebTestClient web;

	SandboxTraffic(WebTestClient web) {
		this.web = web;
	}

	void run() {
		post(alert("firing", "prom-disk", "ACME-001", "Disk nearly full on fs01"));
		post(alert("firing", "prom-link", "GLOBEX-014", "WAN link down at HQ"));
		await().atMost(BOUND)
			.until(() -> ticket("Disk nearly full on fs01").isPresent() && ticket("WAN link down at HQ").isPresent());
		post(alert("firing", "prom-disk", "ACME-001", "Disk nearly full on fs01"));
		post(alert("resolved", "prom-link", "GLOBEX-014", "WAN link down at HQ"));
		badRequest();
		await().atMost(BOUND)
			.until(() -> ticket("Disk nearly full on fs01").orElseThrow().path("actions").size() >= 2
					&& ticket("WAN link down at HQ").orElseThrow().path("hasbeenclosed").asBoolean());
		fillHalosRateWindow();
		post(alert("firing", "prom-cpu", "ACME-001", "CPU hot on fs01"));
		await().atMost(BOUND).until(() -> scrape().contains("status=\"429\""));
	}

	void badRequest() {
		exchange("{\"alerts\": [").expectStatus().isBadRequest();
	}

	String scrape() {
		return this.web.get()
			.uri("/actuator/prometheus")
			.accept(MediaType.TEXT_PLAIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Spends what is left of the sandbox's rate window, as other integrations of the same
	 * Halo tenant would, so the bridge's next call is answered 429 with a
	 * {@code Retry-After}.
	 */
	private void fillHalosRateWindow() {
		for (int i = 0; i < 1000; i++) {
			HttpStatus status = HttpStatus.valueOf(this.web.get()
				.uri("/sandbox/api/Status")
				.exchange()
				.expectBody()
				.returnResult()
				.getStatus()
				.value());
			if (status == HttpStatus.TOO_MANY_REQUESTS) {
				return;
			}
		}
		throw new AssertionError("the sandbox's Halo never answered 429");
	}

	private void post(String body) {
		exchange(body).expectStatus().isAccepted();
	}

	private WebTestClient.ResponseSpec exchange(String body) {
		return this.web.post()
			.uri("/webhooks/alertmanager")
			.header(HttpHeaders.AUTHORIZATION, TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private Optional<JsonNode> ticket(String summary) {
		return StreamSupport.stream(SandboxTickets.list(this.web).spliterator(), false)
			.filter((ticket) -> ticket.path("summary").asString().endsWith(summary))
			.findFirst();
	}

	private static String alert(String status, String fingerprint, String customer, String summary) {
		return """
				{"version":"4","status":"%1$s","receiver":"halo","externalURL":"http://alertmanager.test:9093",
				 "alerts":[{"status":"%1$s","labels":{"alertname":"PromTest","customer":"%3$s","severity":"high"},
				 "annotations":{"summary":"%4$s"},"startsAt":"2026-03-02T09:14:07Z","fingerprint":"%2$s"}]}"""
			.formatted(status, fingerprint, customer, summary);
	}

}
