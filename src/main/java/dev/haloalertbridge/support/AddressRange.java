package dev.haloalertbridge.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * One entry of a syslog source's allow-list: an address ({@code 192.0.2.10},
 * {@code 2001:db8::10}) or a CIDR block ({@code 192.0.2.0/24}, {@code 2001:db8::/48}).
 * Only literals are accepted, so reading the configuration never asks DNS.
 *
 * @param network the block's first address
 * @param prefix how many leading bits a sender must share with it
 */
public record AddressRange(InetAddress network, int prefix) {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	public AddressRange {
		int bits = network.getAddress().length * 8;
		if (prefix < 0 || prefix > bits) {
			throw new IllegalArgumentException("a prefix of " + network.getHostAddress() + " is 0 to " + bits);
		}
	}

	/**
	 * Reads an address or CIDR block.
	 * @param text e.g. {@code 192.0.2.0/24}
	 * @return the range
	 * @throws IllegalArgumentException if it is not an IPv4 or IPv6 literal
	 */
	public static AddressRange parse(String text) {
		String trimmed = text.strip();
		int slash = trimmed.indexOf('/');
		InetAddress address = literal((slash < 0) ? trimmed : trimmed.substring(0, slash));
		int bits = address.getAddress().length * 8;
		try {
			return new AddressRange(address, (slash < 0) ? bits : Integer.parseInt(trimmed.substring(slash + 1)));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("not an address or CIDR block: '" + text + "'", ex);
		}
	}

	/**
	 * Reads an IPv4 or IPv6 literal, never a host name.
	 * @param text the literal
	 * @return the address
	 * @throws IllegalArgumentException if it is not one
	 */
	public static InetAddress literal(String text) {
		if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
			throw new IllegalArgumentException("not an IP address: '" + text + "'");
		}
		try {
			return InetAddress.getByName(text);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("not an IP address: '" + text + "'", ex);
		}
	}

	/**
	 * Whether a sender is in this range.
	 * @param sender the sender's address
	 * @return true when it shares the prefix; an IPv4 sender never matches an IPv6 range
	 */
	public boolean contains(InetAddress sender) {
		byte[] mine = this.network.getAddress();
		byte[] theirs = sender.getAddress();
		if (mine.length != theirs.length) {
			return false;
		}
		int whole = this.prefix / 8;
		for (int i = 0; i < whole; i++) {
			if (mine[i] != theirs[i]) {
				return false;
			}
		}
		int rest = this.prefix % 8;
		int mask = (0xFF << (8 - rest)) & 0xFF;
		return rest == 0 || (mine[whole] & mask) == (theirs[whole] & mask);
	}

}
