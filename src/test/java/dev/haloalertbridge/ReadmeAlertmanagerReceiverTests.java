package dev.haloalertbridge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Alertmanager receiver, which {@code scripts/alertmanager-e2e.sh} runs a
 * real Alertmanager with, posts to the sandbox's Alertmanager webhook with its token and
 * sends resolutions, so the script and the README cannot drift from the sandbox.
 */
class ReadmeAlertmanagerReceiverTests {

	private static final Pattern BLOCK = Pattern.compile("<!-- alertmanager-receiver[^>]*-->\\n```yaml\\n(.*?)\\n```",
			Pattern.DOTALL);

	@Test
	@SuppressWarnings("unchecked")
	void receiverPostsToTheSandboxWebhookWithItsTokenAndSendsResolutions() throws IOException {
		Matcher block = BLOCK.matcher(Files.readString(Path.of("README.md")));
		assertThat(block.find()).as("the README's marked receiver block").isTrue();
		Map<String, Object> config = new Yaml().load(block.group(1));
		List<Map<String, Object>> receivers = (List<Map<String, Object>>) config.get("receivers");
		assertThat(receivers).singleElement()
			.satisfies((receiver) -> assertThat(receiver).containsEntry("name", "halo"));
		List<Map<String, Object>> webhooks = (List<Map<String, Object>>) receivers.get(0).get("webhook_configs");
		assertThat(webhooks).singleElement().satisfies((webhook) -> {
			assertThat(webhook).containsEntry("url", "http://localhost:8080/webhooks/alertmanager")
				.containsEntry("send_resolved", true);
			Map<String, Object> authorization = (Map<String, Object>) ((Map<String, Object>) webhook.get("http_config"))
				.get("authorization");
			assertThat(authorization).containsEntry("credentials", sandboxAlertmanagerToken());
		});
	}

	@SuppressWarnings("unchecked")
	private static String sandboxAlertmanagerToken() throws IOException {
		try (InputStream yaml = Files.newInputStream(Path.of("src/main/resources/application-sandbox.yaml"))) {
			Map<String, Object> bridge = (Map<String, Object>) new Yaml().<Map<String, Object>>load(yaml).get("bridge");
			Map<String, Object> sources = (Map<String, Object>) ((Map<String, Object>) bridge.get("ingest"))
				.get("sources");
			return (String) ((Map<String, Object>) sources.get("alertmanager")).get("token");
		}
	}

}
