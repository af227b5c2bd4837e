package dev.haloalertbridge.ingest.syslog;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Syslog messages per second through the listeners and parsers into a counting intake,
 * over loopback: every fixture line in turn, each one selected and turned into an alert.
 * TCP must lose nothing (alerts counted == messages sent); UDP reports what arrived.
 * Bounded in count and time. Run it with {@code bash bench/syslog-load.sh}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyslogBenchmark {

	private static final int TCP_MESSAGES = 200_000;

	private static final int UDP_MESSAGES = 100_000;

	private static final int PARSER_MESSAGES = 200_000;

	/** How far the UDP sender may run ahead of the intake before it waits. */
	private static final int UDP_WINDOW = 2_000;

	private static final List<String> LINES = lines();

	private final RecordingIntake intake = RecordingIntake.counting();

	private SyslogListeners listeners;

	@BeforeEach
	void start() {
		SyslogProperties properties = new SyslogProperties(true, 0, 0, "127.0.0.1", DataSize.ofKilobytes(8),
				Map.of("bench",
						new SyslogProperties.Source(SyslogVendor.SONICWALL, List.of("127.0.0.1"), Map.of(), Map.of(),
								List.of(), List.of(), ""),
						"bench-forti", new SyslogProperties.Source(SyslogVendor.FORTIGATE, List.of("127.0.0.2"),
								Map.of(), Map.of(), List.of(), List.of(), "")));
		SyslogSources sources = new SyslogSources(properties);
		this.listeners = new SyslogListeners(properties, sources, this.intake,
				new SyslogMetrics(new SimpleMeterRegistry(), sources), Clock.systemUTC());
		this.listeners.start();
	}

	@AfterEach
	void stop() {
		this.listeners.stop();
	}

	@Test
	@Order(1)
	void parsersAlone() {
		SyslogSource sonic = SyslogSource.of("bench", SyslogVendor.SONICWALL, List.of());
		InetAddress sender = InetAddress.getLoopbackAddress();
		long start = System.nanoTime();
		int alerts = 0;
		for (int i = 0; i < PARSER_MESSAGES; i++) {
			alerts += SyslogParser.parse(sonic, sender, LINES.get(i % 4), java.time.Instant.EPOCH).isPresent() ? 1 : 0;
		}
		print("parser, SonicOS lines, one thread", PARSER_MESSAGES, alerts, System.nanoTime() - start);
	}

	@Test
	@Order(2)
	void tcpNewlineFramedOneConnectionLosesNothing() throws IOException {
		long start = System.nanoTime();
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.listeners.tcpPort()));
			OutputStream out = socket.getOutputStream();
			for (int from = 0; from < TCP_MESSAGES; from += 1000) {
				out.write(chunk(from, 1000));
			}
			out.flush();
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(5))
				.until(() -> this.intake.count() >= TCP_MESSAGES);
		}
		long elapsed = System.nanoTime() - start;
		assertThat(this.intake.count()).isEqualTo(TCP_MESSAGES);
		print("tcp, newline framing, one connection", TCP_MESSAGES, this.intake.count(), elapsed);
	}

	@Test
	@Order(3)
	void udpPacedByAWindow() throws IOException {
		long start = System.nanoTime();
		try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
			InetAddress to = InetAddress.getLoopbackAddress();
			for (int i = 0; i < UDP_MESSAGES; i++) {
				byte[] bytes = LINES.get(i % 4).getBytes(StandardCharsets.UTF_8);
				socket.send(new DatagramPacket(bytes, bytes.length, to, this.listeners.udpPort()));
				if (i % UDP_WINDOW == UDP_WINDOW - 1) {
					waitFor(i + 1 - UDP_WINDOW, Duration.ofSeconds(2));
				}
			}
		}
		waitFor(UDP_MESSAGES, Duration.ofSeconds(3));
		print("udp, one sender, window " + UDP_WINDOW, UDP_MESSAGES, this.intake.count(), System.nanoTime() - start);
	}

	/**
	 * Waits for the intake to reach a count; lost datagrams never arrive, so it gives up.
	 */
	private void waitFor(long count, Duration atMost) {
		try {
			await().atMost(atMost).pollInterval(Duration.ofMillis(1)).until(() -> this.intake.count() >= count);
		}
		catch (ConditionTimeoutException ex) {
			// lost on the way; the figure says how many
		}
	}

	private static byte[] chunk(int from, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = from; i < from + count; i++) {
			text.append(LINES.get(i % 4)).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> lines() {
		List<String> lines = new ArrayList<>(SyslogFixtures.lines("sonicwall.log"));
		assertThat(lines).hasSize(4);
		return lines;
	}

	private static void print(String what, long sent, long received, long nanos) {
		double seconds = nanos / 1e9;
		System.out.println(String.format(Locale.ROOT, "BENCH %s: sent=%d alerts=%d lost=%d time=%.2fs rate=%.0f/s",
				what, sent, received, sent - received, seconds, received / seconds));
	}

}
