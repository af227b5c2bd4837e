package dev.haloalertbridge.halo;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The connection to a real HaloPSA: the five fields of Halo's API setup (from
 * {@code HALO_CLIENT_ID}, {@code HALO_CLIENT_SECRET}, {@code HALO_RESOURCE_SERVER},
 * {@code HALO_AUTHORIZATION_SERVER} and {@code HALO_TENANT}) and the client's timeouts.
 * The five have no defaults; {@link PropertiesConnectionSource} fails start-up naming any
 * that are missing.
 *
 * @param clientId the application's Client ID
 * @param clientSecret the application's Client Secret
 * @param resourceServer the Resource Server, e.g. {@code https://acme.halopsa.com/api}
 * @param authorizationServer the Authorization Server, e.g.
 * {@code https://acme.halopsa.com/auth/}
 * @param tenant the Tenant; {@code Not set} on premises
 * @param scope the OAuth scopes to request
 * @param connectTimeout how long to wait for a TCP connection
 * @param responseTimeout how long to wait for a response
 * @param tokenRefreshMargin how long before its expiry a token is replaced
 */
@Validated
@ConfigurationProperties("halo")
public record HaloProperties(@Nullable String clientId, @Nullable String clientSecret, @Nullable String resourceServer,
		@Nullable String authorizationServer, @Nullable String tenant, @DefaultValue("all") String scope,
		@DefaultValue("5s") @NotNull Duration connectTimeout, @DefaultValue("20s") @NotNull Duration responseTimeout,
		@DefaultValue("60s") @NotNull Duration tokenRefreshMargin) {

	@Override
	public String toString() {
		return "HaloProperties[clientId=" + this.clientId + ", clientSecret=<secret>, resourceServer="
				+ this.resourceServer + ", authorizationServer=" + this.authorizationServer + ", tenant=" + this.tenant
				+ ", scope=" + this.scope + "]";
	}

}
