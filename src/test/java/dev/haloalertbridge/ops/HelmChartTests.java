package dev.haloalertbridge.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import dev.haloalertbridge.ops.RenderedManifests.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Lints and renders the Helm chart with an embedded Helm, then checks the manifests field
 * by field.
 */
class HelmChartTests {

	private static final Path CHART = HelmChart.CHART;

	private static final String FULLNAME = HelmChart.FULLNAME;

	private static final Helm helm = HelmChart.helm();

	@Test
	void chartLintsCleanInStrictMode() {
		LintResult result = helm.lint().strict().call();
		assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
	}

	@Test
	void chartLintsCleanInStrictModeWithEveryOptionEnabled(@TempDir Path workDir) {
		LintResult result = HelmChart.lintStrictWith(HelmChart.EVERYTHING_ENABLED, workDir);
		assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
	}

	@Test
	void secondReplicaFailsLintAndTemplate(@TempDir Path workDir) throws IOException {
		Path values = Files.writeString(workDir.resolve("two.yaml"), "replicaCount: 2\n");
		LintResult result = HelmChart.lintStrictWith(values, workDir);
		assertThat(result.isFailed()).isTrue();
		assertThat(result.getMessages()).anySatisfy((message) -> assertThat(message).contains("replicaCount"));
		assertThatIllegalStateException().isThrownBy(() -> render((template) -> template.set("replicaCount", 2)))
			.withMessageContaining("replicaCount");
		assertThat(render((template) -> template.set("replicaCount", 0)).deployment().at("spec", "replicas").value())
			.isEqualTo(0);
	}

	@Test
	void upgradesStopTheOldPodBeforeStartingTheNewOne() {
		assertThat(render(UnaryOperator.identity()).deployment().at("spec", "strategy").map())
			.isEqualTo(Map.of("type", "Recreate"));
	}

	@Test
	void defaultRenderRunsAsNonRootWithReadOnlyRootFilesystem() {
		RenderedManifests manifests = render(UnaryOperator.identity());
		Node pod = manifests.deployment().at("spec", "template", "spec");
		assertThat(pod.at("securityContext", "runAsNonRoot").value()).isEqualTo(true);
		assertThat(pod.at("securityContext", "runAsUser").value()).isEqualTo(10001);
		assertThat(pod.at("automountServiceAccountToken").value()).isEqualTo(false);
		Node container = manifests.container();
		Node securityContext = container.at("securityContext");
		assertThat(securityContext.at("runAsNonRoot").value()).isEqualTo(true);
		assertThat(securityContext.at("runAsUser").value()).isEqualTo(10001);
		assertThat(securityContext.at("readOnlyRootFilesystem").value()).isEqualTo(true);
		assertThat(securityContext.at("allowPrivilegeEscalation").value()).isEqualTo(false);
		assertThat(securityContext.at("capabilities", "drop").value()).isEqualTo(List.of("ALL"));
		assertThat(securityContext.at("seccompProfile", "type").value()).isEqualTo("RuntimeDefault");
		assertThat(container.at("resources", "requests").map()).containsKeys("cpu", "memory");
		assertThat(container.at("resources", "limits").map()).containsKey("memory");
	}

	@Test
	void defaultRenderGivesTmpAnEmptyDirBecauseTheRootFilesystemIsReadOnly() {
		RenderedManifests manifests = render(UnaryOperator.identity());
		assertThat(manifests.mountPathOfVolume("tmp")).isEqualTo("/tmp");
		assertThat(manifests.volume("tmp").map()).containsKey("emptyDir");
	}

	@Test
	void defaultRenderProbesActuatorHealthGroupsOnTheHttpPort() {
		Node container = render(UnaryOperator.identity()).container();
		Node port = container.at("ports").list().get(0);
		assertThat(port.at("name").value()).isEqualTo("http");
		assertThat(port.at("containerPort").value()).isEqualTo(8080);
		assertThat(container.at("livenessProbe", "httpGet", "path").value()).isEqualTo("/actuator/health/liveness");
		assertThat(container.at("livenessProbe", "httpGet", "port").value()).isEqualTo("http");
		assertThat(container.at("readinessProbe", "httpGet", "path").value()).isEqualTo("/actuator/health/readiness");
		assertThat(container.at("readinessProbe", "httpGet", "port").value()).isEqualTo("http");
	}

	@Test
	void imageTagDefaultsToTheAppVersion() throws IOException {
		Map<String, Object> chart = new Yaml().load(Files.readString(CHART.resolve("Chart.yaml")));
		assertThat(render(UnaryOperator.identity()).container().at("image").value())
			.isEqualTo("ghcr.io/halo-alert-bridge/halo-alert-bridge:" + chart.get("appVersion"));
		assertThat(render((template) -> template.set("image.tag", "1.2.3")).container().at("image").value())
			.isEqualTo("ghcr.io/halo-alert-bridge/halo-alert-bridge:1.2.3");
	}

	@Test
	void defaultRenderRunsOneReplica() {
		assertThat(render(UnaryOperator.identity()).deployment().at("spec", "replicas").value()).isEqualTo(1);
	}

	@Test
	void serviceMonitorScrapesThePrometheusEndpointOnlyWhenEnabled() {
		assertThat(render(UnaryOperator.identity()).kinds()).doesNotContain("ServiceMonitor");
		RenderedManifests manifests = render((template) -> template.set("serviceMonitor.enabled", true));
		Node endpoint = manifests.kind("ServiceMonitor").at("spec", "endpoints").list().get(0);
		assertThat(endpoint.at("port").value()).isEqualTo("http");
		assertThat(endpoint.at("path").value()).isEqualTo("/actuator/prometheus");
		assertThat(manifests.kind("ServiceMonitor").at("spec", "selector", "matchLabels").map())
			.isEqualTo(manifests.kind("Service").at("spec", "selector").map());
	}

	@Test
	void podDisruptionBudgetIsRenderedOnlyWhenEnabled() {
		assertThat(render(UnaryOperator.identity()).kinds()).doesNotContain("PodDisruptionBudget");
		RenderedManifests manifests = render((template) -> template.set("podDisruptionBudget.enabled", true));
		assertThat(manifests.kind("PodDisruptionBudget").at("spec", "maxUnavailable").value()).isEqualTo(1);
	}

	@Test
	void serviceSelectsThePodsOnTheHttpPort() {
		RenderedManifests manifests = render(UnaryOperator.identity());
		Node service = manifests.kind("Service");
		assertThat(service.at("spec", "ports").list().get(0).at("targetPort").value()).isEqualTo("http");
		assertThat(manifests.deployment().at("spec", "template", "metadata", "labels").map())
			.containsAllEntriesOf(service.at("spec", "selector").map());
	}

	@Test
	void notesExplainHowToPortForwardAndSendATestAlert() {
		String notes = helm.install().withName("rel").withNamespace("ops").clientOnly().dryRun().call().getOutput();
		assertThat(notes).contains("port-forward service/" + FULLNAME + " 8080:8080")
			.contains("curl -s -i http://127.0.0.1:8080/webhooks/alertmanager")
			.contains("BRIDGE_INGEST_SOURCES_ALERTMANAGER_TOKEN");
	}

	@Test
	void notesWarnAboutMissingSettingsUntilTheyAreGiven() {
		String bare = helm.install().withName("rel").withNamespace("ops").clientOnly().dryRun().call().getOutput();
		assertThat(bare).contains("halo.clientId").contains("config.bridge.mapping.defaults");
		// No tenant: self-hosted Halo has none, and the bridge starts without it.
		String configured = helm.install()
			.withName("rel")
			.withNamespace("ops")
			.clientOnly()
			.dryRun()
			.set("halo.clientId", "id")
			.set("halo.clientSecret", "secret")
			.set("halo.resourceServer", "https://halo.example.com/api")
			.set("halo.authorizationServer", "https://halo.example.com/auth/")
			.set("config.bridge.mapping.defaults.client-id", 12)
			.call()
			.getOutput();
		assertThat(configured).doesNotContain("WARNING");
	}

	@Test
	void chartPromisesNoModeThatDoesNotExist() throws IOException {
		for (String file : List.of("values.yaml", "values.schema.json", "templates/NOTES.txt")) {
			assertThat(Files.readString(CHART.resolve(file))).as(file).doesNotContainIgnoringCase("kafka");
		}
	}

	@Test
	void valueOfTheWrongTypeIsRejectedBySchema() {
		assertThatIllegalStateException().isThrownBy(() -> render((template) -> template.set("replicaCount", "many")))
			.withMessageContaining("replicaCount");
	}

	@Test
	void unknownTopLevelValueIsRejectedBySchema() {
		assertThatIllegalStateException().isThrownBy(() -> render((template) -> template.set("replicas", 2)))
			.withMessageContaining("replicas");
	}

	@Test
	void everyValueIsDocumentedWithAHelmDocsComment() throws IOException {
		List<String> lines = Files.readAllLines(CHART.resolve("values.yaml"));
		assertThat(ValuesDocumentation.undocumentedKeys(lines)).isEmpty();
	}

	private static String decode(Object base64) {
		return new String(Base64.getDecoder().decode((String) base64), StandardCharsets.UTF_8);
	}

	private static RenderedManifests render(UnaryOperator<TemplateCommand> values) {
		return HelmChart.render(values);
	}

}
