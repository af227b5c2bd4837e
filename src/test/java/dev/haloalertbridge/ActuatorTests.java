package dev.haloalertbridge;

import dev.haloalertbridge.testsupport.BridgeTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@BridgeTest
class ActuatorTests {

	@Autowired
	private WebTestClient web;

	@Test
	void probesAndPrometheusAreExposedWithTheBridgeMetricsAtZero() {
		this.web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		this.web.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("bridge_webhook_requests_total{",
					"bridge_alerts_received_total{", "bridge_alerts_processed_total{", "bridge_dedupe_repeats_total{",
					"bridge_tickets_total{", "bridge_pipeline_failures_total{", "bridge_halo_retries_total{",
					"bridge_queue_depth", "bridge_queue_capacity", "bridge_ledger_entries",
					"resilience4j_circuitbreaker_state"));
	}

}
