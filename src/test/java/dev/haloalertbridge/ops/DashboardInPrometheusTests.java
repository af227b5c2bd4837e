package dev.haloalertbridge.ops;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import dev.haloalertbridge.ops.DashboardQueries.LabelValuesQuery;
import dev.haloalertbridge.ops.DashboardQueries.PanelQuery;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Grafana dashboard against a real Prometheus: the bridge runs in the sandbox, alerts
 * go through it over HTTP (new ones, a repeat, a resolution, a bad request, and a 429
 * from the sandbox's Halo), a Prometheus child process scrapes it every second, and every
 * query of every panel must return data. {@code $__rate_interval} becomes a minute, which
 * covers the whole run, so rates are taken over the traffic. Skipped where
 * {@code prometheus} is not installed; the promtool check where {@code promtool} is not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bridge.sandbox.rate-limit-requests=80", "bridge.dedupe.coalesce-interval=1s",
				"bridge.outbox.poll-interval=200ms", "bridge.ticketing.drain-timeout=1s" })
@ActiveProfiles("sandbox")
@AutoConfigureWebTestClient
@EnabledIf(value = "prometheusIsInstalled", disabledReason = "prometheus is not on the PATH, so the dashboard is not"
		+ " queried in a real Prometheus (install it, for example with apt-get install prometheus)")
class DashboardInPrometheusTests {

	private static final Path DASHBOARD = Path.of("grafana/halo-alert-bridge.json");

	private static final Duration BOUND = Duration.ofSeconds(40);

	private static final String UP = "up{job=\"" + PrometheusServer.JOB + "\"}";

	private static PrometheusServer prometheus;

	@LocalServerPort
	private int port;

	@Autowired
	private WebTestClient web;

	/**
	 * Decided for the whole class before the application starts: unlike an assumption in
	 * {@code @BeforeAll}, which Maven does not count, both tests are reported skipped.
	 */
	static boolean prometheusIsInstalled() {
		return Promtool.onPath("prometheus");
	}

	@AfterAll
	static void stopPrometheus() {
		if (prometheus != null) {
			prometheus.close();
			prometheus = null;
		}
	}

	@Test
	void everyPanelQueryReturnsDataOnceAlertsWentThroughTheBridge() throws IOException {
		prometheus = PrometheusServer.start(this.port);
		awaitPrometheus(() -> single(UP) == 1);
		new SandboxTraffic(this.web).run();
		double trafficDone = System.currentTimeMillis() / 1000.0;
		// the latest scrape one interval after the traffic means two scrapes saw all of
		// it
		awaitPrometheus(
				() -> single("timestamp(" + UP + ")") >= trafficDone + PrometheusServer.SCRAPE_INTERVAL.toSeconds());

		DashboardQueries dashboard = DashboardQueries.read(DASHBOARD,
				Map.of("job", PrometheusServer.JOB, "instance", prometheus.target(), "__rate_interval", "1m"));
		for (LabelValuesQuery variable : dashboard.variableQueries()) {
			assertThat(prometheus.labelValues(variable.label(), variable.selector())).as("$%s", variable.name())
				.contains(variable.name().equals("job") ? PrometheusServer.JOB : prometheus.target());
		}
		List<String> failures = new ArrayList<>();
		for (PanelQuery query : dashboard.panelQueries()) {
			failures.addAll(failure(query));
		}
		assertThat(failures).withFailMessage("Dashboard panels without data:%n%s", String.join("\n", failures))
			.isEmpty();

		assertThat(positive(dashboard, "Webhook requests by outcome", "outcome")).contains("accepted", "bad_request");
		assertThat(positive(dashboard, "Dedupe decisions", "decision")).contains("new", "repeat", "resolved");
		assertThat(positive(dashboard, "Ticket actions", "action")).contains("created", "noted", "closed");
		assertThat(labels(dashboard, "Halo requests by operation and status", "status")).contains("2xx", "429");
	}

	@Test
	void promtoolFindsNoProblemWithTheBridgesOwnMetrics() throws IOException, InterruptedException {
		assumeTrue(Promtool.onPath("promtool"), "promtool is not on the PATH, so the scrape is not linted");
		new SandboxTraffic(this.web).badRequest();
		String scrape = new SandboxTraffic(this.web).scrape();
		assertThat(scrape).contains("bridge_webhook_requests_total{", "bridge_halo_requests_seconds_bucket{");
		Promtool promtool = Promtool.checkMetrics(scrape);
		// 3 means lint findings only; Micrometer's own names (http_server_requests_*,
		// jvm_*) have some
		assertThat(promtool.exitCode()).as("promtool's exit code; it printed:%n%s", String.join("\n", promtool.lines()))
			.isIn(0, 3);
		assertThat(promtool.bridgeProblems()).as("promtool's findings on bridge_* metrics").isEmpty();
	}

	private List<String> failure(PanelQuery query) throws IOException {
		try {
			if (prometheus.query(query.expr()).path("result").isEmpty()) {
				return List.of(query.title() + ": no data from " + query.expr());
			}
			return List.of();
		}
		catch (IllegalArgumentException ex) {
			return List.of(query.title() + ": " + ex.getMessage() + " in " + query.expr());
		}
	}

	private Set<String> positive(DashboardQueries dashboard, String title, String label) throws IOException {
		Set<String> values = new TreeSet<>();
		for (JsonNode series : result(dashboard, title)) {
			if (series.path("value").path(1).asDouble() > 0) {
				values.add(series.path("metric").path(label).asString());
			}
		}
		return values;
	}

	private Set<String> labels(DashboardQueries dashboard, String title, String label) throws IOException {
		Set<String> values = new TreeSet<>();
		result(dashboard, title).forEach((series) -> values.add(series.path("metric").path(label).asString()));
		return values;
	}

	private JsonNode result(DashboardQueries dashboard, String title) throws IOException {
		PanelQuery query = dashboard.panelQueries()
			.stream()
			.filter((candidate) -> candidate.title().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no panel titled " + title));
		return prometheus.query(query.expr()).path("result");
	}

	/**
	 * The value of a query that returns one series, or -1 while it returns none.
	 */
	private static double single(String expr) throws IOException {
		prometheus.assertRunning();
		JsonNode result = prometheus.query(expr).path("result");
		return result.isEmpty() ? -1 : result.path(0).path("value").path(1).asDouble();
	}

	private static void awaitPrometheus(Callable<Boolean> condition) {
		try {
			await().atMost(BOUND)
				.pollInterval(Duration.ofMillis(250))
				.ignoreException(ConnectException.class)
				.until(condition);
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError(ex.getMessage() + "; Prometheus's log ends:\n" + prometheus.logTail(), ex);
		}
	}

}
