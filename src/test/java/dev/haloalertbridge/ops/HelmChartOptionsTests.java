package dev.haloalertbridge.ops;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.haloalertbridge.ops.RenderedManifests.Node;
import org.junit.jupiter.api.Test;

import static dev.haloalertbridge.ops.HelmChart.render;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart's opt-in parts, each rendered off by default and on when asked, with the
 * fields a cluster acts on.
 */
class HelmChartOptionsTests {

	@Test
	void nothingOptionalIsRenderedByDefault() {
		assertThat(render(UnaryOperator.identity()).kinds()).containsExactlyInAnyOrder("ServiceAccount", "Secret",
				"ConfigMap", "Service", "Deployment");
	}

	@Test
	void everyOptionalPartIsRenderedWhenEnabled() {
		assertThat(render((template) -> template.withValuesFile(HelmChart.EVERYTHING_ENABLED)).kinds())
			.contains("PrometheusRule", "ServiceMonitor", "PodDisruptionBudget");
	}

	@Test
	void prometheusRuleCarriesTheRulesFileWithTheExtraRuleLabels() throws IOException {
		RenderedManifests manifests = render((template) -> template.set("prometheusRule.enabled", true)
			.set("prometheusRule.namespace", "monitoring")
			.set("prometheusRule.labels.release", "kube-prometheus-stack")
			.set("prometheusRule.ruleLabels.team", "msp-ops"));
		Node rule = manifests.kind("PrometheusRule");
		assertThat(rule.at("apiVersion").value()).isEqualTo("monitoring.coreos.com/v1");
		assertThat(rule.at("metadata", "namespace").value()).isEqualTo("monitoring");
		assertThat(rule.at("metadata", "labels").map()).containsEntry("release", "kube-prometheus-stack");
		List<Node> rendered = rule.at("spec", "groups").list().get(0).at("rules").list();
		List<Node> source = PrometheusAlertRulesTests.alerts();
		assertThat(rendered).hasSameSizeAs(source);
		for (int i = 0; i < source.size(); i++) {
			Map<String, Object> expectedLabels = new java.util.LinkedHashMap<>(source.get(i).at("labels").map());
			expectedLabels.put("team", "msp-ops");
			assertThat(rendered.get(i).at("alert").value()).isEqualTo(source.get(i).at("alert").value());
			assertThat(rendered.get(i).at("expr").value()).isEqualTo(source.get(i).at("expr").value());
			assertThat(rendered.get(i).at("for").value()).isEqualTo(source.get(i).at("for").value());
			assertThat(rendered.get(i).at("annotations").map()).isEqualTo(source.get(i).at("annotations").map());
			assertThat(rendered.get(i).at("labels").map()).isEqualTo(expectedLabels);
		}
	}

	@Test
	void prometheusRuleDefaultsToTheReleaseNamespaceAndKeepsEachAlertsSeverity() {
		Node rule = render((template) -> template.set("prometheusRule.enabled", true)
			.set("prometheusRule.ruleLabels.severity", "info")).kind("PrometheusRule");
		assertThat(rule.at("metadata", "namespace").value()).isEqualTo("ops");
		assertThat(rule.at("spec", "groups").list().get(0).at("rules").list())
			.allSatisfy((alert) -> assertThat(alert.at("labels", "severity").value()).isIn("critical", "warning"));
	}

}
