package dev.haloalertbridge.ops;

import java.util.Optional;

import dev.haloalertbridge.support.Secret;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin endpoints ({@code /admin/check}, {@code /admin/dry-run/{source}},
 * {@code /admin/unmapped}): off until a token is set, then open to a bearer of it.
 *
 * @param token the bearer token, empty to keep the admin endpoints off
 */
@ConfigurationProperties("bridge.admin")
public record AdminProperties(@DefaultValue("") String token) {

	/**
	 * The token as a secret.
	 * @return it, or empty when the admin endpoints are off
	 */
	Optional<Secret> secret() {
		return this.token.isBlank() ? Optional.empty() : Optional.of(new Secret(this.token));
	}

	@Override
	public String toString() {
		return "AdminProperties[token=" + (this.token.isBlank() ? "" : "<secret>") + "]";
	}

}
