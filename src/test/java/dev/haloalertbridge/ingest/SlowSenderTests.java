package dev.haloalertbridge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import dev.haloalertbridge.testsupport.BridgeTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Senders that misbehave on the wire, over a raw socket: one that hangs up in the middle
 * of its body, one that stalls in it, and one that connects and sends nothing. The
 * timeouts are short here so the test need not wait long; Awaitility bounds every wait.
 */
@BridgeTest
@TestPropertySource(properties = { "server.netty.idle-timeout=1s", "bridge.ingest.read-timeout=1s",
		"bridge.ingest.request-timeout=3s" })
@ExtendWith(OutputCaptureExtension.class)
class SlowSenderTests {

	private static final String GENERIC_AUTH = "Basic "
			+ Base64.getEncoder().encodeToString("generic-user:generic-pass".getBytes(StandardCharsets.UTF_8));

	private static final Duration BOUND = Duration.ofSeconds(10);

	@Autowired
	private MeterRegistry registry;

	@LocalServerPort
	private int port;

	@Test
	void senderThatHangsUpMidBodyIsCountedAsAbortedAndLoggedWithoutAStackTrace(CapturedOutput output)
			throws IOException {
		double before = requests("generic", "aborted");
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(headers(1000).getBytes(StandardCharsets.US_ASCII));
			out.write("{\"id\":\"hang-up\",\"ti".getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}
		await().atMost(BOUND).until(() -> requests("generic", "aborted") == before + 1);
		assertThat(output).contains("Webhook not completed: source=generic outcome=aborted")
			.doesNotContain("500 Server Error", "AbortedException", "\tat ");
	}

	@Test
	void senderThatStallsMidBodyIsAnswered408CountedAndDisconnected(CapturedOutput output) throws IOException {
		double before = requests("generic", "timed_out");
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(200);
			OutputStream out = socket.getOutputStream();
			out.write(headers(1000).getBytes(StandardCharsets.US_ASCII));
			out.write("{\"id\":\"stall\",\"ti".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			StringBuilder answer = new StringBuilder();
			await().atMost(BOUND).until(() -> closedByServer(socket.getInputStream(), answer));
			assertThat(answer).startsWith("HTTP/1.1 408").contains("urn:halo-alert-bridge:problem:timed-out");
		}
		assertThat(requests("generic", "timed_out")).isEqualTo(before + 1);
		assertThat(output).doesNotContain("TimeoutException", "\tat ");
	}

	@Test
	void connectionThatSendsNothingIsClosedAfterTheIdleTimeout() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(200);
			StringBuilder answer = new StringBuilder();
			await().atMost(BOUND).until(() -> closedByServer(socket.getInputStream(), answer));
			assertThat(answer).isEmpty();
		}
	}

	private String headers(int contentLength) {
		return "POST /webhooks/generic HTTP/1.1\r\nHost: 127.0.0.1:" + this.port + "\r\nAuthorization: " + GENERIC_AUTH
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n";
	}

	/**
	 * Reads what the server sends, if anything; true once it has closed the connection.
	 */
	private static boolean closedByServer(InputStream in, StringBuilder answer) throws IOException {
		try {
			byte[] buffer = new byte[1024];
			int read;
			while ((read = in.read(buffer)) > 0) {
				answer.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
			}
			return read < 0;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
	}

	private double requests(String source, String outcome) {
		return this.registry.get("bridge.webhook.requests")
			.tag("source", source)
			.tag("outcome", outcome)
			.counter()
			.count();
	}

}
