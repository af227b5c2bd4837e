package dev.haloalertbridge.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The identity of an alert across repeats: the same problem on the same thing always
 * yields the same fingerprint, so it must be built from stable ingredients only (never
 * timestamps or counters). It is stored on the Halo ticket
 * ({@code third_party_id_string}) to find the ticket again.
 *
 * @param value {@code <source>:<32 hex digits>}
 */
public record Fingerprint(String value) {

	private static final Pattern FORM = Pattern.compile("[a-z0-9-]{1,32}:[0-9a-f]{32}");

	public Fingerprint {
		if (!FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("not a fingerprint: " + value);
		}
	}

	/**
	 * Hashes the source name with the vendor's stable ingredients. Each ingredient is
	 * length-prefixed, so {@code ("ab", "c")} and {@code ("a", "bc")} differ.
	 * @param source the alert source, e.g. {@code alertmanager}
	 * @param ingredients the stable parts that identify the alert
	 * @return the fingerprint
	 */
	public static Fingerprint of(String source, List<String> ingredients) {
		MessageDigest digest = sha256();
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
