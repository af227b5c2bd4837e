package dev.haloalertbridge.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Severity;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Sources are configuration, vendors are code: a source names its vendor, and its own
 * name is its URL segment, metric tag and fingerprint namespace.
 */
class SourcesTests {

	private static final List<AlertAdapter> ADAPTERS = List.of(new AlertmanagerAdapter(), new GenericAdapter());

	@Test
	void twoSourcesOfOneVendorKeepTheirOwnCredentialsAndFingerprints() {
		Sources sources = sources(
				Map.of("am-prod", source("alertmanager", "prod-token"), "am-lab", source("alertmanager", "lab-token")));
		Sources.Source prod = sources.find("am-prod").orElseThrow();
		Sources.Source lab = sources.find("am-lab").orElseThrow();
		assertThat(prod.adapter()).isSameAs(lab.adapter());
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth("prod-token");
		prod.guard().checkHeaders(headers);
		assertThatExceptionOfType(WebhookRejectedException.class).isThrownBy(() -> lab.guard().checkHeaders(headers));

		String body = "{\"id\":\"disk-full\",\"title\":\"Disk full\"}";
		Alert fromProd = parse(sources("generic-a", "generic-b").find("generic-a").orElseThrow(), body);
		Alert fromLab = parse(sources("generic-a", "generic-b").find("generic-b").orElseThrow(), body);
		assertThat(fromProd.source()).isEqualTo("generic-a");
		assertThat(fromProd.fingerprint().value()).startsWith("generic-a:");
		assertThat(fromProd.fingerprint()).isNotEqualTo(fromLab.fingerprint());
	}

	@Test
	void aSourceNamedAfterAVendorNeedsNoVendorSetting() {
		Sources sources = sources(Map.of("alertmanager", source("", "t")));
		assertThat(sources.find("alertmanager").orElseThrow().settings().vendor()).isEqualTo("alertmanager");
		assertThat(sources.names()).containsExactly("alertmanager");
	}

	@Test
	void unknownVendorStopsStartUpNamingTheSourceAndTheKnownVendors() {
		assertThatIllegalStateException().isThrownBy(() -> sources(Map.of("fw", source("sonicwal", "t"))))
			.withMessageContaining("bridge.ingest.sources.fw.vendor")
			.withMessageContaining("'sonicwal'")
			.withMessageContaining("[alertmanager, generic]");
	}

	@Test
	void sourceNameThatCannotBeAFingerprintNamespaceStopsStartUp() {
		assertThatIllegalStateException().isThrownBy(() -> sources(Map.of("Prod_AM", source("alertmanager", "t"))))
			.withMessageContaining("bridge.ingest.sources.Prod_AM");
	}

	private static Alert parse(Sources.Source source, String body) {
		return source.adapter()
			.parse(source.settings(), JsonMapper.builder().build().readTree(body),
					Instant.parse("2026-03-02T09:00:00Z"))
			.get(0);
	}

	private static Sources sources(String... genericNames) {
		Map<String, SourceProperties> map = new HashMap<>();
		for (String name : genericNames) {
			map.put(name, source("generic", "t-" + name));
		}
		return sources(map);
	}

	private static Sources sources(Map<String, SourceProperties> configured) {
		return new Sources(new IngestProperties(DataSize.ofMegabytes(1), Duration.ofSeconds(10), Duration.ofSeconds(60),
				Duration.ofSeconds(30), Severity.MEDIUM, configured), ADAPTERS);
	}

	private static SourceProperties source(String vendor, String token) {
		return new SourceProperties(vendor, token, "", "", "", Map.of(), Map.of());
	}

}
