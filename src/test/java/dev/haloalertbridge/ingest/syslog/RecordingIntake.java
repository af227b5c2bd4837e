package dev.haloalertbridge.ingest.syslog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.ingest.Intake;
import reactor.core.publisher.Mono;

/**
 * An intake that keeps what it is given, or only counts it, and answers as told.
 */
final class RecordingIntake implements Intake {

	private final List<Alert> alerts = new CopyOnWriteArrayList<>();

	private final AtomicLong count = new AtomicLong();

	private final boolean keep;

	private volatile Admission answer = Admission.ACCEPTED;

	private RecordingIntake(boolean keep) {
		this.keep = keep;
	}

	static RecordingIntake recording() {
		return new RecordingIntake(true);
	}

	static RecordingIntake counting() {
		return new RecordingIntake(false);
	}

	void answer(Admission answer) {
		this.answer = answer;
	}

	@Override
	public Mono<Admission> admit(List<Alert> alerts) {
		this.count.addAndGet(alerts.size());
		if (this.keep && this.answer == Admission.ACCEPTED) {
			this.alerts.addAll(alerts);
		}
		return Mono.just(this.answer);
	}

	List<Alert> alerts() {
		return this.alerts;
	}

	long count() {
		return this.count.get();
	}

}
