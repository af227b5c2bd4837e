package dev.haloalertbridge.ops;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.haloalertbridge.ops.RenderedManifests.Node;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bridge's own alerts, {@code files/alerts.yaml} in the chart: each is unit-tested by
 * promtool (when it is on the PATH; CI installs it), carries what an on-call person
 * needs, and queries only documented metrics.
 */
class PrometheusAlertRulesTests {

	private static final Path RULES = HelmChart.CHART.resolve("files/alerts.yaml");

	private static final Path RULE_TESTS = HelmChart.CHART.resolve("tests/alerts-test.yaml");

	private static final Pattern METRIC = Pattern.compile("\\b((?:bridge|resilience4j|http_server)_[a-z0-9_]+)\\b");

	private static final Pattern TIMER_SUFFIX = Pattern.compile("_(bucket|count|sum|max)$");

	@Test
	void promtoolUnitTestsOfEveryAlertPass() throws Exception {
		Optional<Path> promtool = onPath("promtool");
		assumeTrue(promtool.isPresent(), "promtool is not on the PATH: install Prometheus (Debian: apt-get install "
				+ "prometheus) to run the alert unit tests; .ci/run does");
		Process process = new ProcessBuilder(promtool.get().toString(), "test", "rules",
				HelmChart.CHART.relativize(RULE_TESTS).toString())
			.directory(HelmChart.CHART.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
		assertThat(process.exitValue()).as("promtool test rules:%n%s", output).isZero();
		assertThat(output).contains("SUCCESS");
	}

	@Test
	void everyAlertHasASeverityASummaryADescriptionAndARunbook() throws IOException {
		List<Node> alerts = alerts();
		assertThat(alerts).hasSizeGreaterThanOrEqualTo(9);
		for (Node alert : alerts) {
			String name = (String) alert.at("alert").value();
			assertThat(name).startsWith("HaloAlertBridge");
			assertThat(alert.at("labels", "severity").value()).as(name).isIn("critical", "warning");
			assertThat(alert.at("annotations").map()).as(name)
				.containsOnlyKeys("summary", "description", "runbook")
				.allSatisfy((key, text) -> assertThat((String) text).as("%s %s", name, key).isNotBlank());
		}
	}

	@Test
	void everyAlertIsTestedBothFiringAndSilent() throws IOException {
		Map<String, Object> tests = new Yaml().load(Files.readString(RULE_TESTS));
		List<Node> cases = new Node(tests).at("tests")
			.list()
			.stream()
			.flatMap((group) -> group.at("alert_rule_test").list().stream())
			.toList();
		Set<String> firing = alertNamesOf(cases, true);
		Set<String> silent = alertNamesOf(cases, false);
		Set<String> names = alerts().stream()
			.map((alert) -> (String) alert.at("alert").value())
			.collect(Collectors.toSet());
		assertThat(firing).as("alerts with a firing case").isEqualTo(names);
		assertThat(silent).as("alerts with a silent case").isEqualTo(names);
		assertThat(new Node(tests).at("rule_files").value()).isEqualTo(List.of("../files/alerts.yaml"));
	}

	@Test
	void alertsQueryOnlyDocumentedMetrics() throws IOException {
		String documented = Files.readString(Path.of("docs/metrics.md"));
		for (Node alert : alerts()) {
			Matcher matcher = METRIC.matcher((String) alert.at("expr").value());
			while (matcher.find()) {
				String metric = TIMER_SUFFIX.matcher(matcher.group(1)).replaceFirst("");
				assertThat(documented).as("%s in docs/metrics.md", matcher.group(1)).contains("`" + metric);
			}
		}
	}

	private static Set<String> alertNamesOf(List<Node> cases, boolean firing) {
		return cases.stream()
			.filter((testCase) -> firing == (testCase.at("exp_alerts").value() instanceof List<?> list
					&& !list.isEmpty()))
			.map((testCase) -> (String) testCase.at("alertname").value())
			.collect(Collectors.toSet());
	}

	static List<Node> alerts() throws IOException {
		Map<String, Object> rules = new Yaml().load(Files.readString(RULES));
		return new Node(rules).at("groups")
			.list()
			.stream()
			.flatMap((group) -> group.at("rules").list().stream())
			.toList();
	}

	private static Optional<Path> onPath(String command) {
		String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
		return Arrays.stream(path.split(File.pathSeparator))
			.filter((directory) -> !directory.isBlank())
			.map((directory) -> Path.of(directory, command))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
