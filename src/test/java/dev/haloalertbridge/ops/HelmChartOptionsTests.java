package dev.haloalertbridge.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
			.containsExactlyInAnyOrder("ServiceAccount", "Secret", "ConfigMap", "ConfigMap", "Service", "Deployment",
					"PodDisruptionBudget", "ServiceMonitor", "PrometheusRule", "NetworkPolicy", "Ingress");
	}

	@Test
	void serviceMonitorTakesNamespaceSchemeTlsAndRelabelings() {
		Node monitor = render((template) -> template.set("serviceMonitor.enabled", true)
			.set("serviceMonitor.namespace", "monitoring")
			.set("serviceMonitor.interval", "15s")
			.set("serviceMonitor.scrapeTimeout", "5s")
			.set("serviceMonitor.labels.release", "kube-prometheus-stack")
			.set("serviceMonitor.scheme", "https")
			.set("serviceMonitor.tlsConfig.insecureSkipVerify", true)
			.set("serviceMonitor.relabelings[0].targetLabel", "cluster")
			.set("serviceMonitor.relabelings[0].replacement", "prod")
			.set("serviceMonitor.metricRelabelings[0].action", "drop")
			.set("serviceMonitor.metricRelabelings[0].regex", "jvm_.*")
			.set("serviceMonitor.metricRelabelings[0].sourceLabels[0]", "__name__")).kind("ServiceMonitor");
		assertThat(monitor.at("metadata", "namespace").value()).isEqualTo("monitoring");
		assertThat(monitor.at("metadata", "labels").map()).containsEntry("release", "kube-prometheus-stack");
		assertThat(monitor.at("spec", "namespaceSelector", "matchNames").value()).isEqualTo(List.of("ops"));
		Node endpoint = monitor.at("spec", "endpoints").list().get(0);
		assertThat(endpoint.at("scheme").value()).isEqualTo("https");
		assertThat(endpoint.at("interval").value()).isEqualTo("15s");
		assertThat(endpoint.at("scrapeTimeout").value()).isEqualTo("5s");
		assertThat(endpoint.at("tlsConfig").map()).isEqualTo(Map.of("insecureSkipVerify", true));
		assertThat(endpoint.at("relabelings").value())
			.isEqualTo(List.of(Map.of("targetLabel", "cluster", "replacement", "prod")));
		assertThat(endpoint.at("metricRelabelings").value())
			.isEqualTo(List.of(Map.of("action", "drop", "regex", "jvm_.*", "sourceLabels", List.of("__name__"))));
	}

	@Test
	void serviceMonitorDefaultsToPlainHttpInTheReleaseNamespace() {
		Node monitor = render((template) -> template.set("serviceMonitor.enabled", true)).kind("ServiceMonitor");
		assertThat(monitor.at("metadata", "namespace").value()).isEqualTo("ops");
		Node endpoint = monitor.at("spec", "endpoints").list().get(0);
		assertThat(endpoint.at("scheme").value()).isEqualTo("http");
		assertThat(endpoint.map()).doesNotContainKeys("tlsConfig", "relabelings", "metricRelabelings");
	}

	@Test
	void networkPolicyLetsTheGivenPeersReachTheHttpPortAndLeavesEgressOpen() {
		RenderedManifests manifests = render((template) -> template.set("networkPolicy.enabled", true)
			.set("networkPolicy.ingressFrom[0].namespaceSelector.matchLabels.team", "monitoring"));
		Node policy = manifests.kind("NetworkPolicy");
		assertThat(policy.at("spec", "podSelector", "matchLabels").map())
			.isEqualTo(manifests.kind("Service").at("spec", "selector").map());
		assertThat(policy.at("spec", "policyTypes").value()).isEqualTo(List.of("Ingress"));
		List<Node> ingress = policy.at("spec", "ingress").list();
		assertThat(ingress).hasSize(1);
		assertThat(ingress.get(0).at("ports").value()).isEqualTo(List.of(Map.of("port", "http", "protocol", "TCP")));
		assertThat(ingress.get(0).at("from").value())
			.isEqualTo(List.of(Map.of("namespaceSelector", Map.of("matchLabels", Map.of("team", "monitoring")))));
		assertThat(policy.at("spec").map()).doesNotContainKey("egress");
	}

	@Test
	void networkPolicyOpensTheSyslogPortsWhenSyslogIsEnabled() {
		RenderedManifests manifests = render((template) -> template.set("networkPolicy.enabled", true)
			.set("config.bridge.syslog.enabled", true)
			.set("config.bridge.syslog.udp-port", 1514)
			.set("networkPolicy.syslogFrom[0].ipBlock.cidr", "192.0.2.0/24"));
		Node syslog = manifests.kind("NetworkPolicy").at("spec", "ingress").list().get(1);
		assertThat(syslog.at("ports").value())
			.isEqualTo(List.of(Map.of("port", 1514, "protocol", "UDP"), Map.of("port", 5514, "protocol", "TCP")));
		assertThat(syslog.at("from").value()).isEqualTo(List.of(Map.of("ipBlock", Map.of("cidr", "192.0.2.0/24"))));
		assertThat(manifests.container().at("ports").value()).asList()
			.contains(Map.of("name", "syslog-udp", "containerPort", 1514, "protocol", "UDP"),
					Map.of("name", "syslog-tcp", "containerPort", 5514, "protocol", "TCP"));
		assertThat(manifests.kind("Service").at("spec", "ports").value()).asList()
			.contains(Map.of("name", "syslog-udp", "port", 1514, "targetPort", "syslog-udp", "protocol", "UDP"));
	}

	@Test
	void restrictedEgressAllowsOnlyDnsAndHttpsToHalo() {
		Node policy = render((template) -> template.set("networkPolicy.enabled", true)
			.set("networkPolicy.egress.restrict", true)
			.set("networkPolicy.egress.haloCidrs[0]", "203.0.113.0/24")).kind("NetworkPolicy");
		assertThat(policy.at("spec", "policyTypes").value()).isEqualTo(List.of("Ingress", "Egress"));
		List<Node> egress = policy.at("spec", "egress").list();
		assertThat(egress).hasSize(2);
		assertThat(egress.get(0).at("ports").value())
			.isEqualTo(List.of(Map.of("port", 53, "protocol", "UDP"), Map.of("port", 53, "protocol", "TCP")));
		assertThat(egress.get(1).at("ports").value()).isEqualTo(List.of(Map.of("port", 443, "protocol", "TCP")));
		assertThat(egress.get(1).at("to").value())
			.isEqualTo(List.of(Map.of("ipBlock", Map.of("cidr", "203.0.113.0/24"))));
	}

	@Test
	void ingressRoutesOnlyTheWebhooksToTheServiceByDefault() {
		Node ingress = render((template) -> template.set("ingress.enabled", true)
			.set("ingress.className", "nginx")
			.set("ingress.annotations.cert-manager\\.io/cluster-issuer", "letsencrypt")
			.set("ingress.tls[0].secretName", "bridge-tls")
			.set("ingress.tls[0].hosts[0]", "bridge.example.com")).kind("Ingress");
		assertThat(ingress.at("spec", "ingressClassName").value()).isEqualTo("nginx");
		assertThat(ingress.at("metadata", "annotations").map())
			.isEqualTo(Map.of("cert-manager.io/cluster-issuer", "letsencrypt"));
		assertThat(ingress.at("spec", "tls").value())
			.isEqualTo(List.of(Map.of("secretName", "bridge-tls", "hosts", List.of("bridge.example.com"))));
		Node rule = ingress.at("spec", "rules").list().get(0);
		assertThat(rule.at("host").value()).isEqualTo("bridge.example.com");
		Node path = rule.at("http", "paths").list().get(0);
		assertThat(path.at("path").value()).isEqualTo("/webhooks");
		assertThat(path.at("pathType").value()).isEqualTo("Prefix");
		assertThat(path.at("backend", "service").map())
			.isEqualTo(Map.of("name", HelmChart.FULLNAME, "port", Map.of("name", "http")));
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
			Map<String, Object> expectedLabels = new LinkedHashMap<>(source.get(i).at("labels").map());
			expectedLabels.put("team", "msp-ops");
			assertThat(rendered.get(i).at("alert").value()).isEqualTo(source.get(i).at("alert").value());
			assertThat(rendered.get(i).at("expr").value()).isEqualTo(source.get(i).at("expr").value());
			assertThat(rendered.get(i).at("for").value()).isEqualTo(source.get(i).at("for").value());
			assertThat(rendered.get(i).at("annotations").map()).isEqualTo(source.get(i).at("annotations").map());
			assertThat(rendered.get(i).at("labels").map()).isEqualTo(expectedLabels);
		}
	}

	@Test
	void grafanaDashboardConfigMapHoldsTheDashboardForTheSidecar() throws IOException {
		RenderedManifests manifests = render((template) -> template.set("grafanaDashboard.enabled", true)
			.set("grafanaDashboard.namespace", "grafana")
			.set("grafanaDashboard.annotations.grafana_folder", "Alerting"));
		Node configMap = manifests.documents()
			.stream()
			.filter((document) -> (HelmChart.FULLNAME + "-dashboard").equals(document.at("metadata", "name").value()))
			.findFirst()
			.orElseThrow();
		assertThat(configMap.at("kind").value()).isEqualTo("ConfigMap");
		assertThat(configMap.at("metadata", "namespace").value()).isEqualTo("grafana");
		assertThat(configMap.at("metadata", "labels").map()).containsEntry("grafana_dashboard", "1");
		assertThat(configMap.at("metadata", "annotations").map()).isEqualTo(Map.of("grafana_folder", "Alerting"));
		assertThat(configMap.at("data", "halo-alert-bridge.json").value())
			.isEqualTo(Files.readString(Path.of("grafana/halo-alert-bridge.json")));
	}

	@Test
	void chartsCopyOfTheDashboardIsTheDashboard() throws IOException {
		assertThat(Files.readAllBytes(HelmChart.CHART.resolve("files/halo-alert-bridge.json")))
			.as("helm/halo-alert-bridge/files/halo-alert-bridge.json is a copy of grafana/halo-alert-bridge.json: "
					+ "after changing the dashboard, copy it again")
			.isEqualTo(Files.readAllBytes(Path.of("grafana/halo-alert-bridge.json")));
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
