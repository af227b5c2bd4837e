package dev.haloalertbridge.ingest.syslog;

import dev.haloalertbridge.support.AddressRange;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One configured syslog source: the appliances of one vendor, known by their addresses.
 * Its name is the {@code source} of its alerts, the metric tag and the fingerprint
 * namespace, as a webhook source's is.
 *
 * @param name the source name
 * @param vendor whose syslog it is
 * @param allow the sender addresses and blocks it takes messages from
 * @param customersBySerial device serial (SonicOS {@code sn}, FortiOS {@code devid}) to
 * customer key; serials are upper case
 * @param customersBySender sender address to customer key, for appliances whose serial is
 * not mapped
 * @param selection which events become alerts
 */
public record SyslogSource(String name, SyslogVendor vendor, List<AddressRange> allow,
		Map<String, String> customersBySerial, Map<String, String> customersBySender, EventSelection selection) {

	private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,32}");

	public SyslogSource {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"a source name is 1 to 32 lower-case letters, digits or hyphens, not '" + name + "'");
		}
		allow = List.copyOf(allow);
		customersBySerial = normalise(customersBySerial, (serial) -> serial.strip().toUpperCase(Locale.ROOT));
		customersBySender = normalise(customersBySender,
				(sender) -> AddressRange.literal(sender.strip()).getHostAddress());
	}

	/**
	 * A source with the vendor's default selection and no customer maps, as tests and
	 * single-customer setups have it.
	 * @param name the source name
	 * @param vendor the vendor
	 * @param allow the sender addresses and blocks
	 * @return the source
	 */
	public static SyslogSource of(String name, SyslogVendor vendor, List<AddressRange> allow) {
		return new SyslogSource(name, vendor, allow, Map.of(), Map.of(),
				EventSelection.of(vendor.defaultInclude(), List.of()));
	}

	/**
	 * Whether a sender's messages belong to this source.
	 * @param sender the sender's address
	 * @return true when an allow-list entry contains it
	 */
	public boolean allows(InetAddress sender) {
		return this.allow.stream().anyMatch((range) -> range.contains(sender));
	}

	/**
	 * The customer key of a device's alerts: the serial's mapped customer, else the
	 * sender's, else the serial itself (for the mapping rules to match).
	 * @param serial the device serial
	 * @param sender the sender's address
	 * @return the customer key
	 */
	String customerFor(String serial, InetAddress sender) {
		String bySerial = this.customersBySerial.get(serial.toUpperCase(Locale.ROOT));
		if (bySerial != null) {
			return bySerial;
		}
		return this.customersBySender.getOrDefault(sender.getHostAddress(), serial);
	}

	private static Map<String, String> normalise(Map<String, String> map,
			java.util.function.UnaryOperator<String> key) {
		Map<String, String> normalised = new LinkedHashMap<>();
		map.forEach((k, v) -> normalised.put(key.apply(k), v));
		return Map.copyOf(normalised);
	}

}
