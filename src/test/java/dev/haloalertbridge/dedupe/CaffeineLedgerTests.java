package dev.haloalertbridge.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.testsupport.TestAlert;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaffeineLedgerTests {

	private static final Duration TTL = Duration.ofDays(7);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final Ledger ledger = ledger(100, this.registry);

	@Test
	void findReturnsWhatWasPut() {
		LedgerEntry entry = entry("a");
		put(this.ledger, entry);
		assertThat(this.ledger.find(entry.fingerprint())).contains(entry);
		assertThat(this.ledger.find(entry("b").fingerprint())).isEmpty();
	}

	@Test
	void updateReplacesTheEntryOfTheSameFingerprint() {
		LedgerEntry pending = entry("a");
		LedgerEntry open = pending.opened(7, this.clock.instant());
		put(this.ledger, pending);
		put(this.ledger, open);
		assertThat(this.ledger.find(pending.fingerprint())).contains(open);
		assertThat(this.ledger.size()).isEqualTo(1);
	}

	@Test
	void updateToEmptyForgetsTheFingerprint() {
		LedgerEntry entry = entry("a");
		put(this.ledger, entry);
		forget(this.ledger, entry.fingerprint());
		assertThat(this.ledger.find(entry.fingerprint())).isEmpty();
	}

	@Test
	void entryIsRememberedUntilTheTimeToLiveHasPassed() {
		LedgerEntry entry = entry("a");
		put(this.ledger, entry);
		this.clock.advance(TTL.minusSeconds(1));
		assertThat(this.ledger.find(entry.fingerprint())).contains(entry);
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.ledger.find(entry.fingerprint())).isEmpty();
		assertThat(this.ledger.size()).isZero();
	}

	@Test
	void writingAgainRestartsTheTimeToLive() {
		LedgerEntry entry = entry("a");
		put(this.ledger, entry);
		this.clock.advance(TTL.minusDays(1));
		put(this.ledger, entry.opened(7, this.clock.instant()));
		this.clock.advance(Duration.ofDays(2));
		assertThat(this.ledger.find(entry.fingerprint())).isPresent();
	}

	@Test
	void maximumSizeEvictsEntries() {
		Ledger small = ledger(3, new SimpleMeterRegistry());
		for (int i = 0; i < 20; i++) {
			put(small, entry("alert-" + i));
		}
		assertThat(small.size()).isBetween(1L, 3L);
	}

	@Test
	void gaugeReportsTheNumberOfEntries() {
		assertThat(gauge()).isZero();
		put(this.ledger, entry("a"));
		put(this.ledger, entry("b"));
		assertThat(gauge()).isEqualTo(2);
		forget(this.ledger, entry("a").fingerprint());
		assertThat(gauge()).isEqualTo(1);
	}

	@Test
	void gaugeDropsExpiredEntries() {
		put(this.ledger, entry("a"));
		this.clock.advance(TTL.plusSeconds(1));
		assertThat(gauge()).isZero();
	}

	private double gauge() {
		return this.registry.get("bridge.ledger.entries").gauge().value();
	}

	private Ledger ledger(long maxEntries, SimpleMeterRegistry meters) {
		return new CaffeineLedger(new DedupeProperties(Duration.ofMinutes(10), TTL, maxEntries), this.clock, meters);
	}

	private LedgerEntry entry(String id) {
		Alert alert = TestAlert.firing().withId(id).receivedAt(this.clock.instant()).build();
		return LedgerEntry.pending(alert);
	}

	private static void put(Ledger ledger, LedgerEntry entry) {
		ledger.update(entry.fingerprint(), (current) -> Optional.of(entry));
	}

	private static void forget(Ledger ledger, Fingerprint fingerprint) {
		ledger.update(fingerprint, (current) -> Optional.empty());
	}

}
