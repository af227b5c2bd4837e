package dev.haloalertbridge.ingest;

import java.util.List;

import dev.haloalertbridge.alert.Alert;
import reactor.core.publisher.Mono;

/**
 * Where accepted alerts go: the one interface every transport (webhook, syslog, Kafka
 * listener) hands a message's alerts to, and answers its sender from. An alert is
 * accepted only once the intake has it where its mode promises to keep it: in memory in
 * direct mode, in an embedded store or a Kafka topic in the modes to come.
 */
public interface Intake {

	/**
	 * Takes every alert of one message, or none.
	 * @param alerts the alerts of one message, in order
	 * @return whether they were taken, or why not
	 */
	Mono<Admission> admit(List<Alert> alerts);

	/**
	 * What became of a message.
	 */
	enum Admission {

		/** Every alert of the message is taken. */
		ACCEPTED,

		/** The bridge owes Halo too much work now; nothing was taken (503). */
		FULL,

		/** The bridge is shutting down; nothing was taken (503). */
		CLOSED

	}

}
