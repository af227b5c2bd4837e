package dev.haloalertbridge.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The identity of an alert across repeats: the same problem on the same thing always
 * yields the same fingerprint, so it must be built from stable ingredients only (never
 * timestamps or counters). It is stored on the Halo ticket
 * ({@code third_party_id_string}) to find the ticket again.
 *
 * @param value {@code <source>:<32 hex digits>}
 */
public record Fingerprint(String value) {

	private static final int HASH_DIGITS = 32;

	private static final int MAX_SOURCE = 32;

	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Fingerprint::sha256);

	public Fingerprint {
		if (!wellFormed(value)) {
			throw new IllegalArgumentException("not a fingerprint: " + value);
		}
	}

	/**
	 * Whether a value has the form {@code [a-z0-9-]{1,32}:[0-9a-f]{32}}, checked without
	 * a regex: every alert builds one.
	 */
	private static boolean wellFormed(String value) {
		int colon = value.length() - HASH_DIGITS - 1;
		if (colon < 1 || colon > MAX_SOURCE || value.charAt(colon) != ':') {
			return false;
		}
		for (int i = 0; i < colon; i++) {
			char c = value.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
				return false;
			}
		}
		for (int i = colon + 1; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!((c >= 'a' && c <= 'f') || (c >= '0' && c <= '9'))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Hashes the source name with the vendor's stable ingredients. Each ingredient is
	 * length-prefixed, so {@code ("ab", "c")} and {@code ("a", "bc")} differ.
	 * @param source the alert source, e.g. {@code alertmanager}
	 * @param ingredients the stable parts that identify the alert
	 * @return the fingerprint
	 */
	public static Fingerprint of(String source, List<String> ingredients) {
		MessageDigest digest = SHA_256.get();
		digest.reset();
		update(digest, source);
		ingredients.forEach((ingredient) -> update(digest, ingredient));
		String hex = HexFormat.of().formatHex(digest.digest(), 0, 16);
		return new Fingerprint(source + ":" + hex);
	}

	private static void update(MessageDigest digest, String part) {
		byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
		digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
		digest.update((byte) ':');
		digest.update(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
