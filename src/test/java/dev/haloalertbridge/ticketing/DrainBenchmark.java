package dev.haloalertbridge.ticketing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.testsupport.SandboxTickets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * How the outbox drains against the sandbox with Halo's limit on (300 calls per rolling 5
 * minutes, 429 with Retry-After beyond it). It prints figures and asserts nothing about
 * speed: run it with {@code bash bench/drain.sh}.
 * <p>
 * Time is the application's clock, moved by the benchmark: whenever nothing can be
 * written now, the clock jumps to the next time something can (a write falling due, the
 * budget freeing a call). So "time to drain" is Halo time, as a real Halo with this limit
 * would take it, measured in seconds of wall time rather than hours.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bridge.outbox.capacity=20000", "logging.level.dev.haloalertbridge=WARN" })
@ActiveProfiles("sandbox")
@AutoConfigureWebTestClient(timeout = "PT60S")
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DrainBenchmark {

	@Autowired
	private WebTestClient web;

	@Autowired
	private MutableClock clock;

	@Autowired
	private OutboxWorker worker;

	@Autowired
	private MeterRegistry registry;

	@Test
	void thousandDistinctAlertsUnderHalosLimit() {
		Instant start = this.clock.instant();
		long wall = System.nanoTime();
		double calls = haloCalls();
		List<String> alerts = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			alerts.add(alert(String.format(Locale.ROOT, "Bench%04d", i), (i % 10 == 0) ? "critical" : "warning"));
		}
		for (int from = 0; from < alerts.size(); from += 250) {
			post(message(alerts.subList(from, from + 250)));
		}
		drain();
		JsonNode tickets = tickets();
		int lastCritical = 0;
		int criticals = 0;
		for (int i = 0; i < tickets.size(); i++) {
			if (tickets.get(i).path("summary").asString().startsWith("[CRITICAL]")) {
				criticals++;
				lastCritical = i + 1;
			}
		}
		double spent = haloCalls() - calls;
		print("1,000 distinct alerts (100 critical), sandbox limit 300 per rolling 5 min, budget 285",
				"tickets=" + tickets.size() + " critical=" + criticals + " last_critical_ticket_no=" + lastCritical,
				"halo_time_to_drain=" + minutes(Duration.between(start, this.clock.instant())) + " wall="
						+ (System.nanoTime() - wall) / 1_000_000 + "ms",
				"halo_calls=" + (long) spent + " calls_per_alert=" + String.format(Locale.ROOT, "%.2f", spent / 1000)
						+ " 429s=" + (long) status429() + " deferred_calls=" + (long) deferred(),
				"owed_left=" + this.worker.nextWake().isPresent());
	}

	@Test
	void tenThousandIdenticalAlertsInSixtySeconds() {
		Instant start = this.clock.instant();
		double calls = haloCalls();
		String body = message(java.util.Collections.nCopies(100, alert("StormSame", "critical")));
		for (int message = 0; message < 100; message++) {
			post(body);
			settle();
			this.clock.advance(Duration.ofMillis(600));
		}
		drain();
		JsonNode storm = null;
		for (JsonNode ticket : tickets()) {
			if (ticket.path("summary").asString().contains("StormSame")) {
				storm = ticket;
			}
		}
		int creates = 0;
		for (JsonNode ticket : tickets()) {
			creates += ticket.path("summary").asString().contains("StormSame") ? 1 : 0;
		}
		print("10,000 identical alerts over 60 s (100 messages of 100), coalescing interval 20 s",
				"tickets_opened=" + creates + " notes=" + ((storm != null) ? storm.path("actions").size() - 1 : 0)
						+ " halo_calls=" + (long) (haloCalls() - calls),
				"halo_time=" + minutes(Duration.between(start, this.clock.instant())));
	}

	/**
	 * Lets the worker write everything, moving the clock whenever nothing can be written
	 * now.
	 */
	private void drain() {
		settle();
		while (this.worker.nextWake().isPresent()) {
			Instant next = this.worker.nextWake().get();
			if (next.isAfter(this.clock.instant())) {
				this.clock.advance(Duration.between(this.clock.instant(), next));
			}
			this.worker.wake();
			settle();
		}
	}

	private void settle() {
		this.worker.wake();
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(2)).until(this.worker::idle);
	}

	private double haloCalls() {
		return this.registry.find("bridge.halo.requests").timers().stream().mapToDouble(Timer::count).sum();
	}

	private double status429() {
		return this.registry.find("bridge.halo.requests")
			.tag("status", "429")
			.timers()
			.stream()
			.mapToDouble(Timer::count)
			.sum();
	}

	private double deferred() {
		return this.registry.find("bridge.halo.deferred").counters().stream().mapToDouble((c) -> c.count()).sum();
	}

	private void post(String body) {
		this.web.post()
			.uri("/webhooks/alertmanager")
			.header(HttpHeaders.AUTHORIZATION, "Bearer sandbox-alertmanager-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	private JsonNode tickets() {
		return SandboxTickets.list(this.web);
	}

	private static String message(List<String> alerts) {
		return "{\"version\":\"4\",\"status\":\"firing\",\"receiver\":\"halo\",\"externalURL\":\"http://am.example.com\","
				+ "\"alerts\":[" + String.join(",", alerts) + "]}";
	}

	private static String alert(String name, String severity) {
		return "{\"status\":\"firing\",\"labels\":{\"alertname\":\"" + name + "\",\"customer\":\"ACME-001\","
				+ "\"instance\":\"" + name.toLowerCase(Locale.ROOT) + ".acme.example.com:9100\",\"severity\":\""
				+ severity + "\"},\"annotations\":{\"summary\":\"" + name + " is failing\"},"
				+ "\"startsAt\":\"2026-03-02T09:14:07Z\",\"endsAt\":\"0001-01-01T00:00:00Z\"}";
	}

	private static String minutes(Duration duration) {
		return String.format(Locale.ROOT, "%.1fmin", duration.toMillis() / 60000.0);
	}

	private static void print(String... lines) {
		System.out.println("BENCH " + String.join("\nBENCH   ", lines));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.parse("2026-03-02T09:15:00Z"));
		}

	}

}
