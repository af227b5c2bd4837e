package dev.haloalertbridge.halo;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import dev.haloalertbridge.support.InvalidSettingsException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The connection to a real HaloPSA: the five fields of Halo's API setup (from
 * {@code HALO_CLIENT_ID}, {@code HALO_CLIENT_SECRET}, {@code HALO_RESOURCE_SERVER},
 * {@code HALO_AUTHORIZATION_SERVER} and {@code HALO_TENANT}) and the client's timeouts.
 * The first four have no defaults; {@link PropertiesConnectionSource} fails start-up
 * naming any that are missing. The tenant may be blank or {@code Not set} (self-hosted
 * Halo): then none is sent.
 *
 * @param clientId the application's Client ID
 * @param clientSecret the application's Client Secret
 * @param resourceServer the Resource Server, e.g. {@code https://acme.halopsa.com/api}
 * @param authorizationServer the Authorization Server, e.g.
 * {@code https://acme.halopsa.com/auth/}
 * @param tenant the Tenant; blank or {@code Not set} (any case) on premises, for none
 * @param scope the OAuth scopes to request
 * @param connectTimeout how long to wait for a TCP connection
 * @param responseTimeout how long to wait for a response
 * @param tokenRefreshMargin how long before its expiry a token is replaced
 * @param budget the call budget every Halo call passes
 */
@Validated
@ConfigurationProperties("halo")
public record HaloProperties(@Nullable String clientId, @Nullable String clientSecret, @Nullable String resourceServer,
		@Nullable String authorizationServer, @Nullable String tenant, @DefaultValue("all") String scope,
		@DefaultValue("5s") @NotNull Duration connectTimeout, @DefaultValue("20s") @NotNull Duration responseTimeout,
		@DefaultValue("60s") @NotNull Duration tokenRefreshMargin, @DefaultValue @Valid @NotNull Budget budget) {

	@Override
	public String toString() {
		return "HaloProperties[clientId=" + this.clientId + ", clientSecret=<secret>, resourceServer="
				+ this.resourceServer + ", authorizationServer=" + this.authorizationServer + ", tenant=" + this.tenant
				+ ", scope=" + this.scope + "]";
	}

	/**
	 * Halo's rolling call limit and how the bridge keeps under it. Hosted Halo allows
	 * about 300 calls per rolling 5 minutes and answers 429 beyond; the margin leaves
	 * room for other integrations sharing the same application.
	 *
	 * @param limit the calls Halo allows per window
	 * @param window the rolling window
	 * @param safetyMargin calls of each window the bridge leaves unused
	 * @param backgroundReserve calls at the end of the window only ticket writes may use
	 * @param pause how long every call waits after a 429 that carries no
	 * {@code Retry-After}
	 */
	public record Budget(@DefaultValue("300") @Min(1) int limit, @DefaultValue("5m") @NotNull Duration window,
			@DefaultValue("15") @Min(0) int safetyMargin, @DefaultValue("30") @Min(0) int backgroundReserve,
			@DefaultValue("60s") @NotNull Duration pause) {

		/**
		 * Checks that the margin and the reserve leave calls to make. Thrown as a setting
		 * of its own, so the start-up report names a property that exists.
		 */
		public Budget {
			if (safetyMargin + backgroundReserve >= limit) {
				throw InvalidSettingsException.of("halo.budget.background-reserve",
						"plus halo.budget.safety-margin must leave calls under halo.budget.limit (" + limit + ")");
			}
		}

		/**
		 * The calls the bridge lets itself make per window.
		 * @return the limit less the margin
		 */
		public int usable() {
			return this.limit - this.safetyMargin;
		}

	}

}
