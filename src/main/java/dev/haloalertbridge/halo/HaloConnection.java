package dev.haloalertbridge.halo;

import java.net.URI;

import dev.haloalertbridge.support.Secret;
import org.jspecify.annotations.Nullable;

/**
 * Where and as whom the bridge talks to HaloPSA: the five fields of Halo's API setup plus
 * the OAuth scope.
 *
 * @param clientId the application's Client ID
 * @param clientSecret the application's Client Secret
 * @param resourceServer the Resource Server, for example
 * {@code https://acme.halopsa.com/api}
 * @param authorizationServer the Authorization Server, with or without the trailing slash
 * guides ask for
 * @param tenant the Tenant; empty for none (self-hosted Halo), see {@link #isNoTenant}
 * @param scope the space-separated OAuth scopes to request
 */
public record HaloConnection(String clientId, Secret clientSecret, URI resourceServer, URI authorizationServer,
		String tenant, String scope) {

	/**
	 * Halo's own spelling of "no tenant" on self-hosted installs.
	 */
	public static final String NO_TENANT = "Not set";

	/**
	 * The one rule for "no tenant", wherever a tenant is read: blank, or Halo's own
	 * {@code Not set} in any case (what a self-hosted Halo shows and its users type).
	 * @param tenant a configured tenant, possibly absent
	 * @return whether it means that no tenant is sent
	 */
	public static boolean isNoTenant(@Nullable String tenant) {
		return tenant == null || tenant.isBlank() || NO_TENANT.equalsIgnoreCase(tenant.strip());
	}

	/**
	 * The token endpoint for this connection.
	 * @return the Authorization Server's {@code /token} URI, with {@code ?tenant=} when a
	 * tenant is set
	 */
	public URI tokenUri() {
		return TokenUri.of(this.authorizationServer, this.tenant);
	}

}
