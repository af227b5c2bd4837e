package dev.haloalertbridge.ops;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.marcnuri.helm.TemplateCommand;
import dev.haloalertbridge.ops.RenderedManifests.Node;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Renders the Helm chart with an embedded Helm and checks how settings reach the pod: the
 * ConfigMap, the chart's Secret or an existing one, and the rollout when either changes.
 */
class HelmChartSettingsTests {

	private static final String FULLNAME = HelmChart.FULLNAME;

	@Test
	void defaultRenderMountsTheConfigMapWhereSpringLooksForExtraConfig() {
		RenderedManifests manifests = render(UnaryOperator.identity());
		assertThat(manifests.mountPathOfVolume("config")).isEqualTo("/config");
		assertThat(manifests.volume("config").at("configMap", "name").value()).isEqualTo(FULLNAME);
		assertThat(manifests.env("SPRING_CONFIG_ADDITIONAL_LOCATION")).isEqualTo("optional:file:/config/");
		assertThat(manifests.kind("ConfigMap").at("data").map()).containsKey("application.yaml");
	}

	@Test
	void defaultRenderLoadsCredentialsFromTheChartsSecret() {
		RenderedManifests manifests = render(UnaryOperator.identity());
		assertThat(manifests.envFromSecretName()).isEqualTo(FULLNAME);
		assertThat(manifests.kind("Secret").at("metadata", "name").value()).isEqualTo(FULLNAME);
	}

	@Test
	void secretHoldsTheHaloSettingsAndWebhookTokensThatAreSet() {
		RenderedManifests manifests = render((template) -> template.set("halo.clientId", "bridge")
			.set("halo.clientSecret", "s3cret")
			.set("halo.resourceServer", "https://acme.halopsa.com/api")
			.set("halo.authorizationServer", "https://acme.halopsa.com/auth")
			.set("webhookTokens.alertmanager", "am-token")
			.set("webhookTokens.generic", "generic-token"));
		Map<String, Object> data = manifests.kind("Secret").at("data").map();
		assertThat(data).containsOnlyKeys("HALO_CLIENT_ID", "HALO_CLIENT_SECRET", "HALO_RESOURCE_SERVER",
				"HALO_AUTHORIZATION_SERVER", "BRIDGE_INGEST_SOURCES_ALERTMANAGER_TOKEN",
				"BRIDGE_INGEST_SOURCES_GENERIC_TOKEN");
		assertThat(decode(data.get("HALO_CLIENT_SECRET"))).isEqualTo("s3cret");
		assertThat(decode(data.get("HALO_RESOURCE_SERVER"))).isEqualTo("https://acme.halopsa.com/api");
		assertThat(decode(data.get("BRIDGE_INGEST_SOURCES_ALERTMANAGER_TOKEN"))).isEqualTo("am-token");
	}

	@Test
	void secretHoldsBasicAuthCredentialsTokensOfOtherSourcesAndTheAdminToken() {
		RenderedManifests manifests = render((template) -> template.set("webhookBasicAuth.fortigate.username", "fgt")
			.set("webhookBasicAuth.fortigate.password", "fgt-password")
			.set("webhookTokens.wazuh", "wazuh-token")
			.set("adminToken", "admin-token"));
		Map<String, Object> data = manifests.kind("Secret").at("data").map();
		assertThat(data).containsOnlyKeys("BRIDGE_INGEST_SOURCES_FORTIGATE_USERNAME",
				"BRIDGE_INGEST_SOURCES_FORTIGATE_PASSWORD", "BRIDGE_INGEST_SOURCES_WAZUH_TOKEN", "BRIDGE_ADMIN_TOKEN");
		assertThat(decode(data.get("BRIDGE_INGEST_SOURCES_FORTIGATE_USERNAME"))).isEqualTo("fgt");
		assertThat(decode(data.get("BRIDGE_INGEST_SOURCES_FORTIGATE_PASSWORD"))).isEqualTo("fgt-password");
		assertThat(decode(data.get("BRIDGE_INGEST_SOURCES_WAZUH_TOKEN"))).isEqualTo("wazuh-token");
		assertThat(decode(data.get("BRIDGE_ADMIN_TOKEN"))).isEqualTo("admin-token");
	}

	@Test
	void sourceNamesThatCannotBeEnvironmentVariablesAreRejectedBySchema() {
		assertThatIllegalStateException()
			.isThrownBy(() -> render((template) -> template.set("webhookTokens.azure-monitor", "token")))
			.withMessageContaining("azure-monitor");
		assertThatIllegalStateException()
			.isThrownBy(() -> render((template) -> template.set("webhookBasicAuth.fortigate.username", "fgt")))
			.withMessageContaining("password");
	}

	@Test
	void existingSecretReplacesTheChartsSecret() {
		RenderedManifests manifests = render((template) -> template.set("existingSecret", "mine"));
		assertThat(manifests.kinds()).doesNotContain("Secret");
		assertThat(manifests.envFromSecretName()).isEqualTo("mine");
		assertThat(manifests.podAnnotations()).doesNotContainKey("checksum/secret");
	}

	@Test
	void configValuesAreRenderedAsApplicationYaml() {
		RenderedManifests manifests = render((template) -> template.set("config.bridge.queue.capacity", 500)
			.set("config.logging.level.dev\\.haloalertbridge", "debug"));
		String applicationYaml = (String) manifests.kind("ConfigMap").at("data", "application.yaml").value();
		Node config = new Node(new Yaml().load(applicationYaml));
		assertThat(config.at("bridge", "queue", "capacity").value()).isEqualTo(500);
		assertThat(config.at("logging", "level", "dev.haloalertbridge").value()).isEqualTo("debug");
	}

	@Test
	void podsRollWhenConfigOrSecretChanges() {
		Map<String, Object> before = render(UnaryOperator.identity()).podAnnotations();
		Map<String, Object> afterConfig = render((template) -> template.set("config.bridge.queue.capacity", 5))
			.podAnnotations();
		Map<String, Object> afterSecret = render((template) -> template.set("halo.clientId", "other")).podAnnotations();
		assertThat(afterConfig.get("checksum/config")).isNotNull().isNotEqualTo(before.get("checksum/config"));
		assertThat(afterSecret.get("checksum/secret")).isNotNull().isNotEqualTo(before.get("checksum/secret"));
		assertThat(afterSecret.get("checksum/config")).isEqualTo(before.get("checksum/config"));
	}

	private static String decode(Object base64) {
		return new String(Base64.getDecoder().decode((String) base64), StandardCharsets.UTF_8);
	}

	private static RenderedManifests render(UnaryOperator<TemplateCommand> values) {
		return HelmChart.render(values);
	}

}
