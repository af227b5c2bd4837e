package dev.haloalertbridge.ingest.syslog;

import java.util.List;
import java.util.Locale;

import dev.haloalertbridge.alert.Alert;

/**
 * The appliances whose syslog the bridge reads, each with the events it turns into alerts
 * unless a source says otherwise. The defaults and their reasons are in docs/syslog.md.
 */
public enum SyslogVendor {

	/**
	 * SonicWall SonicOS, enhanced syslog: IPS detection and prevention (608, 609), port
	 * scans (82, 83), administrator login denied (30), and everything in the Attacks
	 * category ({@code c=32}), which holds intrusions and botnet blocks. Traffic and
	 * connection logs are not selected.
	 */
	SONICWALL(List.of("m=608", "m=609", "m=82", "m=83", "m=30", "c=32")) {
		@Override
		Alert read(SyslogSource source, SyslogEvent event) {
			return SonicOsEvents.read(source, event);
		}
	},

	/**
	 * Fortinet FortiOS: UTM IPS, anomaly and antivirus logs, IPsec tunnel down and up (up
	 * resolves down), HA events (failover, member state) and failed administrator logins
	 * (log id 0100032002). Traffic logs are not selected.
	 */
	FORTIGATE(List.of("type=utm subtype=ips", "type=utm subtype=anomaly", "type=utm subtype=virus",
			"type=event subtype=vpn action=tunnel-down", "type=event subtype=vpn action=tunnel-up",
			"type=event subtype=ha", "type=event logid=0100032002")) {
		@Override
		Alert read(SyslogSource source, SyslogEvent event) {
			return FortiOsEvents.read(source, event);
		}
	};

	private final List<String> defaultInclude;

	SyslogVendor(List<String> defaultInclude) {
		this.defaultInclude = defaultInclude;
	}

	/**
	 * The selectors of events this vendor's sources turn into alerts unless configured
	 * otherwise.
	 * @return selectors such as {@code m=609}
	 */
	public List<String> defaultInclude() {
		return this.defaultInclude;
	}

	/**
	 * The lower-case name used in configuration.
	 * @return e.g. {@code sonicwall}
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Turns a selected event into an alert.
	 * @throws SyslogParseException if the event lacks what the vendor always sends
	 */
	abstract Alert read(SyslogSource source, SyslogEvent event);

}
