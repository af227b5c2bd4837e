package dev.haloalertbridge.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import dev.haloalertbridge.support.Secret;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a sender must present: a bearer token, HTTP basic credentials, or either when both
 * are set. Alertmanager's {@code http_config} supports both.
 *
 * @param token the bearer token, empty when not used
 * @param username the basic-auth user, empty when not used
 * @param password the basic-auth password, empty when not used
 */
public record SourceCredentials(@DefaultValue("") String token, @DefaultValue("") String username,
		@DefaultValue("") String password) {

	public SourceCredentials {
		if (token.isBlank() && (username.isBlank() || password.isBlank())) {
			throw new IllegalArgumentException("a webhook source needs a token, or a username and a password");
		}
	}

	/**
	 * Checks an {@code Authorization} header in constant time.
	 * @param authorization the header's value, empty when absent
	 * @return whether it carries these credentials
	 */
	boolean accepts(String authorization) {
		int space = authorization.indexOf(' ');
		if (space < 0) {
			return false;
		}
		String scheme = authorization.substring(0, space).toLowerCase(Locale.ROOT);
		String value = authorization.substring(space + 1).strip();
		return switch (scheme) {
			case "bearer" -> !this.token.isBlank() && new Secret(this.token).matches(value);
			case "basic" -> !this.username.isBlank() && !this.password.isBlank() && basicMatches(value);
			default -> false;
		};
	}

	private boolean basicMatches(String encoded) {
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			return false;
		}
		// Both halves are always compared, so the time taken says nothing about which one
		// was wrong.
		boolean user = new Secret(this.username).matches(decoded.substring(0, colon));
		boolean pass = new Secret(this.password).matches(decoded.substring(colon + 1));
		return user & pass;
	}

	@Override
	public String toString() {
		return "SourceCredentials[token=" + (this.token.isBlank() ? "" : "<secret>") + ", username=" + this.username
				+ ", password=" + (this.password.isBlank() ? "" : "<secret>") + "]";
	}

}
