package dev.haloalertbridge.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens the sandbox has issued, each with its scopes and expiry.
 */
final class SandboxTokens {

	/** Scopes the token endpoint knows; anything else is {@code invalid_scope}. */
	static final Set<String> KNOWN_SCOPES = Set.of("all", "admin", "read:tickets", "edit:tickets", "read:customers",
			"edit:customers");

	private final Map<String, Issued> issued = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	private final Duration lifetime;

	SandboxTokens(Clock clock, Duration lifetime) {
		this.clock = clock;
		this.lifetime = lifetime;
	}

	String issue(Set<String> scopes) {
		String token = randomToken();
		this.issued.put(token, new Issued(Set.copyOf(scopes), this.clock.instant().plus(this.lifetime)));
		return token;
	}

	Optional<Issued> lookup(String token) {
		Issued found = this.issued.get(token);
		if (found == null) {
			return Optional.empty();
		}
		if (!this.clock.instant().isBefore(found.expiresAt())) {
			this.issued.remove(token, found);
			return Optional.empty();
		}
		return Optional.of(found);
	}

	Duration lifetime() {
		return this.lifetime;
	}

	String randomToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	void clear() {
		this.issued.clear();
	}

	/**
	 * What an issued token allows.
	 *
	 * @param scopes the granted scopes
	 * @param expiresAt the first instant the token is no longer valid
	 */
	record Issued(Set<String> scopes, Instant expiresAt) {

		/** {@code all} grants everything; {@code edit:X} implies {@code read:X}. */
		boolean permits(ScopeArea area, boolean write) {
			if (area == ScopeArea.ANY || this.scopes.contains("all")) {
				return true;
			}
			String edit = "edit:" + area.scopeName();
			return this.scopes.contains(edit) || (!write && this.scopes.contains("read:" + area.scopeName()));
		}

	}

	/** The scope family an endpoint belongs to. */
	enum ScopeArea {

		TICKETS("tickets"), CUSTOMERS("customers"),
		/** Lookups whose scope Halo does not document: any valid token. */
		ANY("");

		private final String scopeName;

		ScopeArea(String scopeName) {
			this.scopeName = scopeName;
		}

		String scopeName() {
			return this.scopeName;
		}

	}

}
