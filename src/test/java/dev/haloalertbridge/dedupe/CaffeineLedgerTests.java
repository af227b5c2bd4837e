package dev.haloalertbridge.dedupe;

import java.time.Duration;
import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.alert.AlertState;
import java.util.Map;
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
		LedgerEntry owingANote = pending.opened(7, this.clock.instant()).repeated(alert("a"));
		put(this.ledger, pending);
		put(this.ledger, owingANote);
		assertThat(this.ledger.find(pending.fingerprint())).contains(owingANote);
		assertThat(this.ledger.size()).isEqualTo(1);
	}

	@Test
	void updateAnswersTheEntryAsTheChangeMadeIt() {
		LedgerEntry open = entry("a").opened(7, this.clock.instant());
		assertThat(this.ledger.update(open.fingerprint(), (current) -> Optional.of(open))).contains(open);
		assertThat(this.ledger.update(open.fingerprint(), (current) -> Optional.empty())).isEmpty();
	}

	@Test
	void aSettledEntryKeepsWhatDecidesItsNextStepButNotItsText() {
		Alert alert = TestAlert.firing()
			.withId("a")
			.withTitle("Disk full on db-1")
			.withLabels(Map.of("mount", "/var"))
			.withSeverity(Severity.CRITICAL)
			.receivedAt(this.clock.instant())
			.build();
		LedgerEntry open = LedgerEntry.pending(alert).repeated(alert).opened(7, this.clock.instant().plusSeconds(3));
		assertThat(open.settled()).isTrue();
		put(this.ledger, open);
		LedgerEntry kept = this.ledger.find(open.fingerprint()).orElseThrow();
		assertThat(kept)
			.extracting(LedgerEntry::fingerprint, LedgerEntry::ticketId, LedgerEntry::state, LedgerEntry::occurrences,
					LedgerEntry::unreported, LedgerEntry::firstSeen, LedgerEntry::lastSeen, LedgerEntry::lastReported)
			.containsExactly(open.fingerprint(), open.ticketId(), TicketState.OPEN, 2L, 0L, open.firstSeen(),
					open.lastSeen(), open.lastReported());
		assertThat(kept.latest()).extracting(Alert::source, Alert::fingerprint, Alert::state, Alert::severity)
			.containsExactly(alert.source(), alert.fingerprint(), AlertState.FIRING, Severity.CRITICAL);
		assertThat(kept.latest().title()).isNotEqualTo("Disk full on db-1");
		assertThat(kept.latest().labels()).isEmpty();
		assertThat(kept.settled()).isTrue();
	}

	@Test
	void anEntryThatOwesAWriteKeepsItsAlertWhole() {
		Alert resolved = TestAlert.firing()
			.withState(AlertState.RESOLVED)
			.withId("a")
			.withTitle("Disk full on db-1")
			.build();
		LedgerEntry owingResolution = entry("a").opened(7, this.clock.instant()).latest(resolved);
		assertThat(owingResolution.settled()).isFalse();
		put(this.ledger, owingResolution);
		assertThat(this.ledger.find(owingResolution.fingerprint())).contains(owingResolution);
	}

	@Test
	void aSettledEntryTakesARepeatWithItsNewAlertWhole() {
		LedgerEntry open = entry("a").opened(7, this.clock.instant());
		put(this.ledger, open);
		Alert repeat = TestAlert.firing().withId("a").withTitle("again").receivedAt(this.clock.instant()).build();
		this.ledger.update(open.fingerprint(), (current) -> current.map((known) -> known.repeated(repeat)));
		LedgerEntry kept = this.ledger.find(open.fingerprint()).orElseThrow();
		assertThat(kept.latest()).isEqualTo(repeat);
		assertThat(kept.unreported()).isEqualTo(1);
		assertThat(kept.occurrences()).isEqualTo(2);
	}

	@Test
	void fingerprintsOfTheSameHashFromDifferentSourcesAreDifferentKeys() {
		Fingerprint a = new Fingerprint("grafana:0123456789abcdef0123456789abcdef");
		Fingerprint b = new Fingerprint("wazuh:0123456789abcdef0123456789abcdef");
		assertThat(LedgerKey.of(a)).isEqualTo(LedgerKey.of(new Fingerprint(a.value()))).isNotEqualTo(LedgerKey.of(b));
		assertThat(LedgerKey.of(a).source()).isSameAs(LedgerKey.of(new Fingerprint(a.value())).source());
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
		return LedgerEntry.pending(alert(id));
	}

	private Alert alert(String id) {
		return TestAlert.firing().withId(id).receivedAt(this.clock.instant()).build();
	}

	private static void put(Ledger ledger, LedgerEntry entry) {
		ledger.update(entry.fingerprint(), (current) -> Optional.of(entry));
	}

	private static void forget(Ledger ledger, Fingerprint fingerprint) {
		ledger.update(fingerprint, (current) -> Optional.empty());
	}

}
