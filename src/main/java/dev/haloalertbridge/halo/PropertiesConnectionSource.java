package dev.haloalertbridge.halo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.haloalertbridge.support.InvalidSettingsException;
import dev.haloalertbridge.support.InvalidSettingsException.InvalidSetting;
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
		fields.put("halo.client-id", properties.clientId());
		fields.put("halo.client-secret", properties.clientSecret());
		fields.put("halo.resource-server", properties.resourceServer());
		fields.put("halo.authorization-server", properties.authorizationServer());
		List<InvalidSetting> missing = new ArrayList<>();
		fields.forEach((name, value) -> {
			if (value == null || value.isBlank()) {
				missing.add(new InvalidSetting(name, "is missing"));
			}
		});
		if (!missing.isEmpty()) {
			throw new InvalidSettingsException(missing, "The HaloPSA connection settings come from Halo's API"
					+ " application (Configuration > Integrations > Halo API); to try the bridge without a Halo, run"
					+ " with the sandbox profile.");
		}
		return new HaloConnection(properties.clientId().strip(), new Secret(properties.clientSecret().strip()),
				httpUri("halo.resource-server", properties.resourceServer()),
				httpUri("halo.authorization-server", properties.authorizationServer()), tenant(properties.tenant()),
				properties.scope());
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
			throw InvalidSettingsException.of(name,
					"must be an http(s) URL such as https://acme.halopsa.com/..., not '" + value + "'");
		}
	}

	/**
	 * The tenant to send, or empty for none: a self-hosted Halo has none, and its users
	 * leave the setting blank or type what Halo shows, {@code Not set}.
	 */
	private static String tenant(@Nullable String tenant) {
		return HaloConnection.isNoTenant(tenant) ? "" : tenant.strip();
	}

}
