package dev.haloalertbridge.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the Grafana dashboard's queries: ranges, per-query ids, the job and instance
 * filters, and that every metric is in {@code docs/metrics.md}.
 */
class GrafanaDashboardQueryTests {

	private static final Path DASHBOARD = Path.of("grafana/halo-alert-bridge.json");

	private static final Path METRICS = Path.of("docs/metrics.md");

	private static final Pattern RANGE_FUNCTION = Pattern
		.compile("\\b(rate|irate|increase|delta|idelta|deriv|[a-z]+_over_time)\\(");

	private static final Pattern RANGE_SELECTOR = Pattern.compile("\\[[^\\]]*\\]");

	private static final Pattern SELECTOR = Pattern
		.compile("\\b((?:bridge|resilience4j|jvm|process)_[a-z0-9_]+)\\b(\\{[^}]*\\})?");

	private static final Pattern TIMER_SUFFIX = Pattern.compile("_(bucket|count|sum|max)$");

	private static JsonNode dashboard;

	@BeforeAll
	static void readDashboard() throws IOException {
		dashboard = GrafanaDashboard.read(DASHBOARD);
	}

	@Test
	void everyRateAndIncreaseUsesTheRateInterval() {
		for (String expr : GrafanaDashboard.expressions(dashboard)) {
			Matcher matcher = RANGE_FUNCTION.matcher(expr);
			while (matcher.find()) {
				String call = call(expr, matcher.end());
				assertThat(call).as("%s in %s", matcher.group(), expr).endsWith("[$__rate_interval]");
			}
		}
	}

	@Test
	void noRangeIsHardCoded() {
		for (String expr : GrafanaDashboard.expressions(dashboard)) {
			Matcher matcher = RANGE_SELECTOR.matcher(expr);
			while (matcher.find()) {
				assertThat(matcher.group()).as("a range in %s", expr).isEqualTo("[$__rate_interval]");
			}
			assertThat(expr).as("an offset in %s", expr).doesNotContain(" offset ");
		}
	}

	@Test
	void everyQueryOfAPanelHasItsOwnRefId() {
		for (JsonNode panel : GrafanaDashboard.panels(dashboard)) {
			List<String> refIds = new ArrayList<>();
			panel.path("targets").forEach((target) -> refIds.add(target.path("refId").asString()));
			assertThat(refIds).as("refIds of %s", panel.path("title").asString())
				.doesNotHaveDuplicates()
				.doesNotContain("");
		}
	}

	@Test
	void everyMetricIsFilteredByJobAndInstance() {
		for (String expr : GrafanaDashboard.expressions(dashboard)) {
			Matcher matcher = SELECTOR.matcher(expr);
			assertThat(matcher.find()).as("a metric in %s", expr).isTrue();
			do {
				assertThat(matcher.group(2)).as("labels of %s in %s", matcher.group(1), expr)
					.isNotNull()
					.contains("job=\"$job\"", "instance=~\"$instance\"");
			}
			while (matcher.find());
		}
	}

	@Test
	void everyMetricIsInTheMetricsContract() throws IOException {
		Set<String> contract = contractNames();
		assertThat(contract).contains("bridge_webhook_requests_total", "bridge_halo_requests_seconds");
		for (String expr : GrafanaDashboard.expressions(dashboard)) {
			Matcher matcher = SELECTOR.matcher(expr);
			while (matcher.find()) {
				String name = matcher.group(1);
				String timer = TIMER_SUFFIX.matcher(name).replaceFirst("");
				assertThat(contract.contains(name) || contract.contains(timer))
					.as("%s (in %s) is listed in %s", name, expr, METRICS)
					.isTrue();
			}
		}
	}

	/**
	 * The text of a function call from just after its opening parenthesis to its closing
	 * one.
	 */
	private static String call(String expr, int start) {
		int depth = 1;
		for (int i = start; i < expr.length(); i++) {
			char c = expr.charAt(i);
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (depth == 0) {
				return expr.substring(start, i);
			}
		}
		throw new AssertionError("unbalanced parentheses in " + expr);
	}

	private static Set<String> contractNames() throws IOException {
		Pattern row = Pattern.compile("^\\|\\s*`([a-z0-9_]+)`\\s*\\|");
		return Files.readAllLines(METRICS)
			.stream()
			.map(row::matcher)
			.filter(Matcher::find)
			.map((matcher) -> matcher.group(1))
			.collect(Collectors.toSet());
	}

}
