package dev.haloalertbridge.ingest.syslog;

import dev.haloalertbridge.support.AddressRange;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The syslog listeners and the appliances they take messages from. Off unless enabled:
 * syslog has no credentials, so only the allow-lists keep strangers out.
 *
 * @param enabled whether the UDP and TCP listeners run
 * @param udpPort the UDP port; 0 picks a free one
 * @param tcpPort the TCP port; 0 picks a free one
 * @param bindAddress the local address both listen on
 * @param maxMessageSize the largest message read; larger ones are counted and skipped
 * @param sources the syslog sources by name
 */
@Validated
@ConfigurationProperties("bridge.syslog")
public record SyslogProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("5514") @Min(0) @Max(65535) int udpPort, @DefaultValue("5514") @Min(0) @Max(65535) int tcpPort,
		@DefaultValue("0.0.0.0") @NotBlank String bindAddress, @DefaultValue("8KB") @NotNull DataSize maxMessageSize,
		@DefaultValue Map<String, @Valid Source> sources) {

	/**
	 * One source as configured under {@code bridge.syslog.sources.<name>}.
	 *
	 * @param vendor {@code sonicwall} or {@code fortigate}
	 * @param allow the sender addresses and CIDR blocks, IPv4 or IPv6
	 * @param customersBySerial device serial to customer key
	 * @param customersBySender sender address to customer key
	 * @param include selectors of the events that become alerts; empty means the vendor's
	 * defaults
	 * @param exclude selectors of events skipped although included
	 * @param token the bearer token a relay must send to post this source's lines to
	 * {@code POST /webhooks/<name>}; empty turns that endpoint off
	 */
	public record Source(@NotNull SyslogVendor vendor, @DefaultValue List<String> allow,
			@DefaultValue Map<String, String> customersBySerial, @DefaultValue Map<String, String> customersBySender,
			@DefaultValue List<String> include, @DefaultValue List<String> exclude, @DefaultValue("") String token) {

		@Override
		public String toString() {
			return "Source[vendor=" + this.vendor + ", allow=" + this.allow + ", token="
					+ (this.token.isBlank() ? "" : "<secret>") + "]";
		}

		SyslogSource toSource(String name) {
			return new SyslogSource(name, this.vendor, this.allow.stream().map(AddressRange::parse).toList(),
					this.customersBySerial, this.customersBySender, EventSelection
						.of(this.include.isEmpty() ? this.vendor.defaultInclude() : this.include, this.exclude));
		}

	}

}
