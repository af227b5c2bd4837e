package dev.haloalertbridge.ingest;

import dev.haloalertbridge.testsupport.BridgeTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook that fails in a way the bridge did not expect (here an adapter with a bug,
 * {@code FaultyAdapter}), over real HTTP: a 500 problem of the documented type that does
 * not echo the failure, counted as {@code error} (what the webhook 5xx alert reads),
 * timed, and logged once with its stack trace.
 */
@BridgeTest
@ExtendWith(OutputCaptureExtension.class)
class WebhookFailureTests {

	@Autowired
	private WebTestClient web;

	@Autowired
	private MeterRegistry registry;

	@Test
	void unexpectedFailureIs500ProblemCountedAsErrorTimedAndLoggedWithItsStackTrace(CapturedOutput output) {
		double errors = this.registry.get("bridge.webhook.requests")
			.tag("source", "faulty")
			.tag("outcome", "error")
			.counter()
			.count();
		long timed = this.registry.get("bridge.webhook.duration").tag("source", "faulty").timer().count();
		this.web.post()
			.uri("/webhooks/faulty")
			.headers((headers) -> headers.setBearerAuth("faulty-token"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"faulty-1\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(500)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:halo-alert-bridge:problem:error")
			.jsonPath("$.title")
			.isEqualTo("Internal error")
			.jsonPath("$.status")
			.isEqualTo(500)
			.jsonPath("$.source")
			.isEqualTo("faulty")
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("the failure is logged")
				.doesNotContain("adapter bug"));
		assertThat(this.registry.get("bridge.webhook.requests")
			.tag("source", "faulty")
			.tag("outcome", "error")
			.counter()
			.count()).isEqualTo(errors + 1);
		assertThat(this.registry.get("bridge.webhook.duration").tag("source", "faulty").timer().count())
			.isEqualTo(timed + 1);
		assertThat(output).contains("Webhook failed unexpectedly: source=faulty",
				"java.lang.IllegalStateException: an adapter bug the test put here", "\tat ");
	}

}
