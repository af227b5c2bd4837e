package dev.haloalertbridge.halo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.haloalertbridge.support.Secret;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The connection from {@link HaloProperties}, checked once at start-up. Every missing or
 * malformed field is named in one message, by its environment variable and property, so a
 * new user fixes them in one go. The tenant is optional: blank or {@code Not set} means
 * none, as on a self-hosted Halo.
 */
@Component
@Profile("!sandbox")
class PropertiesConnectionSource implements HaloConnectionSource {

	private final HaloConnection connection;

	PropertiesConnectionSource(HaloProperties properties) {
		this.connection = validate(properties);
	}

	@Override
	public HaloConnection connection() {
		return this.connection;
	}

	static HaloConnection validate(HaloProperties properties) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("HALO_CLIENT_ID (halo.client-id)", properties.clientId());
		fields.put("HALO_CLIENT_SECRET (halo.client-secret)", properties.clientSecret());
		fields.put("HALO_RESOURCE_SERVER (halo.resource-server)", properties.resourceServer());
		fields.put("HALO_AUTHORIZATION_SERVER (halo.authorization-server)", properties.authorizationServer());
		List<String> missing = new ArrayList<>();
		fields.forEach((name, value) -> {
			if (value == null || value.isBlank()) {
				missing.add(name);
			}
		});
		if (!missing.isEmpty()) {
			throw new IllegalStateException("HaloPSA connection settings are missing: " + String.join(", ", missing)
					+ ". Set them, or run with the sandbox profile to use the built-in Halo sandbox.");
		}
		return new HaloConnection(properties.clientId().strip(), new Secret(properties.clientSecret().strip()),
				httpUri("HALO_RESOURCE_SERVER", properties.resourceServer()),
				httpUri("HALO_AUTHORIZATION_SERVER", properties.authorizationServer()), tenant(properties.tenant()),
				properties.scope());
	}

	/**
	 * The tenant to send, or empty for none: a self-hosted Halo has none, and its users
	 * leave the setting blank or type what Halo shows, {@code Not set}.
	 */
	private static String tenant(@Nullable String tenant) {
		return HaloConnection.isNoTenant(tenant) ? "" : tenant.strip();
	}

	private static URI httpUri(String name, String value) {
		try {
			URI uri = new URI(value.strip());
			if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
				throw new URISyntaxException(value, "not an http(s) URL with a host");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(
					name + " must be an http(s) URL such as https://acme.halopsa.com/...," + " not '" + value + "'");
		}
	}

}
