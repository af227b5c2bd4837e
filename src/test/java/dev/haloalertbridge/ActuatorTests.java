package dev.haloalertbridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.haloalertbridge.testsupport.BridgeTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operations surface: probes, and a Prometheus scrape that matches the metrics table
 * in docs/metrics.md (which the Grafana dashboard's tests check against too) in both
 * directions.
 */
@BridgeTest
class ActuatorTests {

	private static final Pattern DOCUMENTED = Pattern.compile("^\\| `(bridge_[a-z_]+)` \\| (\\w+) \\|",
			Pattern.MULTILINE);

	private static final Pattern SCRAPED = Pattern.compile("^(bridge_[a-z_]+?)(_bucket|_count|_sum|_max)?[{ ]",
			Pattern.MULTILINE);

	private static final Pattern HALO_BUCKET = Pattern
		.compile("^bridge_halo_requests_seconds_bucket\\{(.*?)le=\"([^\"]+)\"(.*?)\\}", Pattern.MULTILINE);

	@Autowired
	private WebTestClient web;

	@Test
	void livenessAndReadinessProbesAnswer() {
		this.web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	@Test
	void everyDocumentedMetricIsScrapedAndEveryScrapedMetricIsDocumented() throws IOException {
		Set<String> documented = names(DOCUMENTED, Files.readString(Path.of("docs/metrics.md")));
		// Halo request timers exist per status once a request was made: make one.
		this.web.post()
			.uri("/webhooks/generic")
			.headers((headers) -> headers.setBasicAuth("generic-user", "generic-pass"))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"metrics-contract\",\"title\":\"t\"}")
			.exchange()
			.expectStatus()
			.isAccepted();
		await().until(() -> scrape().contains("bridge_halo_requests_seconds_count{"));
		String scrape = scrape();
		Set<String> scraped = names(SCRAPED, scrape);
		assertThat(documented).hasSizeGreaterThanOrEqualTo(11);
		assertThat(scraped).containsExactlyInAnyOrderElementsOf(documented);
		assertThat(scrape).contains("resilience4j_circuitbreaker_state{", "jvm_memory_used_bytes{",
				"process_cpu_usage");
		// Webhooks have the bridge's own timer (cheaper on the hot path), not Boot's
		// request observation, which other paths keep.
		assertThat(scrape)
			.containsPattern("bridge_webhook_duration_seconds_count\\{[^}]*source=\"generic\"[^}]*} [1-9]")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/actuator/prometheus\"")
			.doesNotContain("uri=\"/webhooks/");
	}

	@Test
	void haloRequestTimerPublishesOnlyTheServiceLevelBuckets() {
		this.web.post()
			.uri("/webhooks/generic")
			.headers((headers) -> headers.setBasicAuth("generic-user", "generic-pass"))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"metrics-buckets\",\"title\":\"t\"}")
			.exchange()
			.expectStatus()
			.isAccepted();
		await().until(() -> scrape().contains("bridge_halo_requests_seconds_bucket{"));
		Matcher bucket = HALO_BUCKET.matcher(scrape());
		Map<String, Set<String>> bucketsBySeries = new TreeMap<>();
		while (bucket.find()) {
			bucketsBySeries.computeIfAbsent(bucket.group(1) + bucket.group(3), (series) -> new TreeSet<>())
				.add(bucket.group(2));
		}
		assertThat(bucketsBySeries).isNotEmpty()
			.allSatisfy((series, buckets) -> assertThat(buckets).as(series)
				.containsExactlyInAnyOrder("0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "10.0", "20.0", "+Inf"));
	}

	@Test
	void countersExistAtZeroBeforeAnyTraffic() {
		String scrape = this.web.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(scrape).contains("bridge_tickets_total{action=\"closed\"", "bridge_pipeline_failures_total{",
				"bridge_webhook_requests_total{application=\"halo-alert-bridge\",outcome=\"queue_full\",source=\"alertmanager\"}");
	}

	private String scrape() {
		return this.web.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static Set<String> names(Pattern pattern, String text) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
