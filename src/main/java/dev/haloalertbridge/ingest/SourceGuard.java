package dev.haloalertbridge.ingest;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.support.Secret;

import org.springframework.http.HttpHeaders;

/**
 * What a source's senders must prove, checked where the proof is: a bearer token or basic
 * credentials in the headers; Grafana's {@code X-Grafana-Alerting-Signature}, an
 * HMAC-SHA256 of the raw body; Meraki's {@code sharedSecret} inside the body, per
 * organisation. Every configured proof is required; each comparison runs in constant
 * time, and no secret appears in a message.
 */
final class SourceGuard {

	static final String GRAFANA_SIGNATURE = "X-Grafana-Alerting-Signature";

	private final String source;

	private final Optional<SourceCredentials> credentials;

	private final Optional<Secret> signingSecret;

	private final Map<String, Secret> sharedSecrets;

	private SourceGuard(String source, Optional<SourceCredentials> credentials, Optional<Secret> signingSecret,
			Map<String, Secret> sharedSecrets) {
		this.source = source;
		this.credentials = credentials;
		this.signingSecret = signingSecret;
		this.sharedSecrets = sharedSecrets;
	}

	static SourceGuard of(String source, SourceProperties properties) {
		Map<String, Secret> shared = new LinkedHashMap<>();
		properties.sharedSecrets().forEach((organization, secret) -> {
			if (!secret.isBlank()) {
				shared.put(organization, new Secret(secret));
			}
		});
		Optional<Secret> signing = properties.signingSecret().isBlank() ? Optional.empty()
				: Optional.of(new Secret(properties.signingSecret()));
		return new SourceGuard(source, properties.credentials(), signing, Map.copyOf(shared));
	}

	/**
	 * Whether any proof is configured; a source without one is not enabled.
	 * @return whether senders can be checked
	 */
	boolean enabled() {
		return this.credentials.isPresent() || this.signingSecret.isPresent() || !this.sharedSecrets.isEmpty();
	}

	/**
	 * The header credentials, before the body is read.
	 * @param headers the request headers
	 */
	void checkHeaders(HttpHeaders headers) {
		if (this.credentials.isEmpty()) {
			return;
		}
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null) {
			throw refused("send an Authorization header");
		}
		if (!this.credentials.get().accepts(authorization)) {
			throw refused("the credentials are not valid");
		}
	}

	/**
	 * The body's HMAC signature, before the body is parsed.
	 * @param headers the request headers
	 * @param body the raw body
	 */
	void checkSignature(HttpHeaders headers, byte[] body) {
		if (this.signingSecret.isEmpty()) {
			return;
		}
		String presented = headers.getFirst(GRAFANA_SIGNATURE);
		if (presented == null || presented.isBlank()) {
			throw refused("send the " + GRAFANA_SIGNATURE + " header (the contact point's HMAC signature)");
		}
		byte[] expected = HexFormat.of()
			.formatHex(hmac(this.signingSecret.get(), body))
			.getBytes(StandardCharsets.UTF_8);
		byte[] actual = presented.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
		if (!MessageDigest.isEqual(expected, actual)) {
			throw refused("the " + GRAFANA_SIGNATURE + " does not match the body");
		}
	}

	/**
	 * The shared secret inside the body, per organisation (Meraki).
	 * @param body the parsed body
	 */
	void checkSharedSecret(JsonNode body) {
		if (this.sharedSecrets.isEmpty()) {
			return;
		}
		String organization = JsonFields.text(body, "organizationId");
		Secret expected = this.sharedSecrets.get(organization);
		if (expected == null) {
			throw refused("no shared secret is configured for organization '" + abbreviate(organization) + "'");
		}
		if (!expected.matches(JsonFields.text(body, "sharedSecret"))) {
			throw refused("the sharedSecret is missing or wrong for organization '" + abbreviate(organization) + "'");
		}
	}

	private WebhookRejectedException refused(String detail) {
		return new WebhookRejectedException(IngestOutcome.UNAUTHORIZED, this.source, detail);
	}

	private static byte[] hmac(Secret secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("every Java runtime has HmacSHA256", ex);
		}
	}

	private static String abbreviate(String text) {
		String safe = text.replaceAll("\\p{Cntrl}", "?");
		return (safe.length() > 40) ? safe.substring(0, 40) + "..." : safe;
	}

}
