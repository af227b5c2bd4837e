package dev.haloalertbridge.ops;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The promtool gate of {@link DashboardInPrometheusTests} can fail: a {@code bridge_*}
 * metric without help text is reported, another library's is tolerated, and a scrape it
 * cannot parse is exit code 1.
 */
class PromtoolTests {

	@BeforeEach
	void promtoolIsInstalled() {
		assumeTrue(Promtool.onPath("promtool"), "promtool is not on the PATH");
	}

	@Test
	void bridgeMetricWithoutHelpIsABridgeProblem() throws IOException, InterruptedException {
		Promtool promtool = Promtool.checkMetrics("""
				# TYPE bridge_example_total counter
				bridge_example_total 1
				# TYPE jvm_example_total counter
				jvm_example_total 1
				# HELP bridge_documented_seconds Documented.
				# TYPE bridge_documented_seconds gauge
				bridge_documented_seconds 1
				""");
		assertThat(promtool.exitCode()).isEqualTo(3);
		assertThat(promtool.lines()).hasSize(2);
		assertThat(promtool.bridgeProblems()).containsExactly("bridge_example_total no help text");
	}

	@Test
	void unreadableScrapeIsExitCodeOne() throws IOException, InterruptedException {
		assertThat(Promtool.checkMetrics("bridge_broken{ 1\n").exitCode()).isEqualTo(1);
	}

}
