package dev.haloalertbridge.ingest;

import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One source as configured under {@code bridge.ingest.sources.<name>}.
 *
 * @param vendor the adapter to read it with; empty means the vendor of the same name as
 * the source
 * @param token the bearer token senders must present, empty when not used
 * @param username the basic-auth user, empty when not used
 * @param password the basic-auth password, empty when not used
 * @param signingSecret the secret of an HMAC-SHA256 signature of the body the sender adds
 * (Grafana's {@code X-Grafana-Alerting-Signature}); empty when not used
 * @param sharedSecrets the shared secret per organization id that the sender puts in the
 * body (Meraki's {@code sharedSecret}); empty when not used
 * @param options vendor-specific settings
 */
public record SourceProperties(@DefaultValue("") String vendor, @DefaultValue("") String token,
		@DefaultValue("") String username, @DefaultValue("") String password, @DefaultValue("") String signingSecret,
		@DefaultValue Map<String, String> sharedSecrets, @DefaultValue Map<String, String> options) {

	/**
	 * The vendor, defaulting to the source's own name.
	 * @param name the source name
	 * @return the vendor
	 */
	String vendorOr(String name) {
		return this.vendor.isBlank() ? name : this.vendor;
	}

	/**
	 * What a sender must present, if anything is configured.
	 * @return the credentials, or empty when neither a token nor a username and password
	 * are set
	 */
	Optional<SourceCredentials> credentials() {
		if (this.token.isBlank() && (this.username.isBlank() || this.password.isBlank())) {
			return Optional.empty();
		}
		return Optional.of(new SourceCredentials(this.token, this.username, this.password));
	}

	@Override
	public String toString() {
		return "SourceProperties[vendor=" + this.vendor + ", token=" + (this.token.isBlank() ? "" : "<secret>")
				+ ", username=" + this.username + ", password=" + (this.password.isBlank() ? "" : "<secret>")
				+ ", signingSecret=" + (this.signingSecret.isBlank() ? "" : "<secret>") + ", sharedSecrets="
				+ this.sharedSecrets.keySet() + ", options=" + this.options.keySet() + "]";
	}

}
