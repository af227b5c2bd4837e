package dev.haloalertbridge.ingest;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Each kind of proof a source can require: header credentials, Grafana's body signature,
 * Meraki's shared secret per organisation.
 */
class SourceGuardTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final byte[] BODY = "{\"receiver\":\"halo\",\"status\":\"firing\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void grafanaSignatureIsAnHmacOfTheRawBody() throws Exception {
		SourceGuard guard = SourceGuard.of("grafana", properties("", "hmac-key", Map.of()));
		assertThat(guard.enabled()).isTrue();
		HttpHeaders signed = new HttpHeaders();
		signed.set(SourceGuard.GRAFANA_SIGNATURE, hmac("hmac-key", BODY));
		assertThatNoException().isThrownBy(() -> guard.checkSignature(signed, BODY));

		byte[] tampered = "{\"receiver\":\"halo\",\"status\":\"resolved\"}".getBytes(StandardCharsets.UTF_8);
		assertRefused(() -> guard.checkSignature(signed, tampered), "does not match the body");
		assertRefused(() -> guard.checkSignature(new HttpHeaders(), BODY), "send the X-Grafana-Alerting-Signature");
		HttpHeaders wrongKey = new HttpHeaders();
		wrongKey.set(SourceGuard.GRAFANA_SIGNATURE, hmac("other-key", BODY));
		assertRefused(() -> guard.checkSignature(wrongKey, BODY), "does not match");
	}

	@Test
	void merakiSharedSecretIsCheckedPerOrganization() {
		SourceGuard guard = SourceGuard.of("meraki",
				properties("", "", Map.of("549236", "s3cr3t-acme-meraki", "881044", "s3cr3t-globex-meraki")));
		assertThatNoException().isThrownBy(() -> guard.checkSharedSecret(
				JSON.readTree("{\"organizationId\":\"549236\",\"sharedSecret\":\"s3cr3t-acme-meraki\"}")));
		assertRefused(
				() -> guard.checkSharedSecret(
						JSON.readTree("{\"organizationId\":\"881044\",\"sharedSecret\":\"s3cr3t-acme-meraki\"}")),
				"wrong");
		assertRefused(
				() -> guard.checkSharedSecret(JSON.readTree("{\"organizationId\":\"549236\",\"sharedSecret\":\"\"}")),
				"missing or wrong");
		assertRefused(() -> guard.checkSharedSecret(JSON.readTree("{\"organizationId\":\"1\",\"sharedSecret\":\"x\"}")),
				"no shared secret is configured for organization '1'");
	}

	@Test
	void refusalsNeverShowASecret() {
		SourceGuard guard = SourceGuard.of("meraki", properties("", "", Map.of("549236", "s3cr3t-acme-meraki")));
		assertThatExceptionOfType(WebhookRejectedException.class)
			.isThrownBy(() -> guard.checkSharedSecret(
					JSON.readTree("{\"organizationId\":\"549236\",\"sharedSecret\":\"s3cr3t-acme-merak\"}")))
			.satisfies((ex) -> assertThat(ex.toString()).doesNotContain("s3cr3t"));
		assertThat(properties("tkn-9f3e", "hmac-key", Map.of("549236", "s3cr3t")).toString()).doesNotContain("tkn-9f3e")
			.doesNotContain("hmac-key")
			.doesNotContain("s3cr3t");
	}

	@Test
	void sourceWithoutAnyProofIsNotEnabled() {
		assertThat(SourceGuard.of("grafana", properties("", "", Map.of())).enabled()).isFalse();
	}

	private static void assertRefused(Runnable check, String detail) {
		assertThatExceptionOfType(WebhookRejectedException.class).isThrownBy(check::run)
			.withMessageContaining(detail)
			.satisfies((ex) -> assertThat(ex.outcome()).isEqualTo(IngestOutcome.UNAUTHORIZED));
	}

	private static SourceProperties properties(String token, String signingSecret, Map<String, String> shared) {
		return new SourceProperties("", token, "", "", signingSecret, shared, Map.of());
	}

	private static String hmac(String key, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

}
