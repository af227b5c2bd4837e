package dev.haloalertbridge.dedupe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.haloalertbridge.alert.Fingerprint;

/**
 * A fingerprint as the ledger keys it: the source name, shared by every key of that
 * source, and the 128-bit hash as two longs, in 32 bytes instead of a string's hundred.
 *
 * @param source the source name, one instance per name
 * @param high the hash's first 64 bits
 * @param low the hash's last 64 bits
 */
record LedgerKey(String source, long high, long low) {

	private static final int HEX_DIGITS = 32;

	private static final int MAX_SOURCES = 1024;

	private static final Map<String, String> SOURCES = new ConcurrentHashMap<>();

	static LedgerKey of(Fingerprint fingerprint) {
		String value = fingerprint.value();
		int hash = value.length() - HEX_DIGITS;
		String source = source(value.substring(0, hash - 1));
		return new LedgerKey(source, Long.parseUnsignedLong(value, hash, hash + 16, 16),
				Long.parseUnsignedLong(value, hash + 16, value.length(), 16));
	}

	private static String source(String name) {
		String known = SOURCES.get(name);
		if (known != null) {
			return known;
		}
		// Source names are few and configured; past the bound a key keeps its own copy.
		return (SOURCES.size() < MAX_SOURCES) ? SOURCES.computeIfAbsent(name, (key) -> key) : name;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof LedgerKey key) && this.high == key.high && this.low == key.low
				&& this.source.equals(key.source);
	}

	@Override
	public int hashCode() {
		// The bits of a cryptographic hash are spread evenly already.
		return (int) (this.high ^ (this.high >>> 32));
	}

}
