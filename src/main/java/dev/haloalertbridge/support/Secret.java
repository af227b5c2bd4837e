package dev.haloalertbridge.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A credential that never shows itself: {@link #toString()} prints {@code <secret>}, so a
 * secret that slips into a log line, an exception message or a metric tag reveals
 * nothing. Compare with {@link #matches(String)}, which runs in constant time.
 *
 * @param value the credential itself; read it only where it is sent on the wire
 */
public record Secret(String value) {

	public Secret {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("a secret must not be blank");
		}
	}

	/**
	 * Compares a presented credential with this one in time that does not depend on where
	 * they differ.
	 * @param presented the credential a caller sent
	 * @return whether both are equal
	 */
	public boolean matches(String presented) {
		byte[] expected = this.value.getBytes(StandardCharsets.UTF_8);
		byte[] actual = presented.getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(expected, actual);
	}

	@Override
	public String toString() {
		return "<secret>";
	}

}
