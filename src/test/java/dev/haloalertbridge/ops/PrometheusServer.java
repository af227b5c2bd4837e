package dev.haloalertbridge.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Prometheus server, run as a child process on a free loopback port, scraping one
 * target's {@code /actuator/prometheus} every second. Its configuration, log and storage
 * live in a temporary directory that {@link #close()} removes after stopping it.
 */
final class PrometheusServer implements AutoCloseable {

	/** The scrape job's name, which the dashboard's {@code $job} variable selects. */
	static final String JOB = "halo-alert-bridge";

	/** How often the target is scraped. */
	static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(1);

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path directory;

	private final Process process;

	private final URI api;

	private final String target;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT).build();

	private PrometheusServer(Path directory, Process process, int port, String target) {
		this.directory = directory;
		this.process = process;
		this.api = URI.create("http://127.0.0.1:" + port + "/api/v1/");
		this.target = target;
	}

	/**
	 * Starts Prometheus scraping {@code 127.0.0.1:<targetPort>}. It answers queries
	 * within a second, but its first scrape comes several seconds later: callers wait for
	 * {@code up}.
	 * @param targetPort the bridge's port
	 * @return the running server
	 * @throws IOException if the directory or the process cannot be created
	 */
	static PrometheusServer start(int targetPort) throws IOException {
		Path directory = Files.createTempDirectory("prometheus-");
		String target = "127.0.0.1:" + targetPort;
		Path config = Files.writeString(directory.resolve("prometheus.yml"), """
				global: {scrape_interval: %1$ds, scrape_timeout: %1$ds, evaluation_interval: %1$ds}
				scrape_configs:
				  - job_name: %2$s
				    metrics_path: /actuator/prometheus
				    static_configs: [{targets: ['%3$s']}]
				""".formatted(SCRAPE_INTERVAL.toSeconds(), JOB, target));
		int port = freeLoopbackPort();
		Process process = new ProcessBuilder("prometheus", "--config.file=" + config,
				"--storage.tsdb.path=" + directory.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("prometheus.log").toFile())
			.start();
		return new PrometheusServer(directory, process, port, target);
	}

	/**
	 * The scraped target, as it appears in the {@code instance} label.
	 * @return {@code host:port}
	 */
	String target() {
		return this.target;
	}

	/**
	 * Runs an instant query at the current time.
	 * @param expr the PromQL expression
	 * @return the {@code data} of the answer ({@code resultType} and {@code result})
	 * @throws IOException if Prometheus cannot be reached
	 * @throws IllegalArgumentException if Prometheus refused the query, with its error
	 */
	JsonNode query(String expr) throws IOException {
		return get("query?query=" + encode(expr));
	}

	/**
	 * The values of a label on the series a selector matches, as Grafana's
	 * {@code label_values(selector, label)} variable query reads them.
	 * @param label the label
	 * @param selector the series selector
	 * @return the values
	 * @throws IOException if Prometheus cannot be reached
	 */
	List<String> labelValues(String label, String selector) throws IOException {
		List<String> values = new ArrayList<>();
		get("label/" + label + "/values?match[]=" + encode(selector)).forEach((value) -> values.add(value.asString()));
		return values;
	}

	/**
	 * Fails when the process has ended, with the end of its log, so a broken start is
	 * reported at once rather than as a timeout.
	 */
	void assertRunning() {
		if (!this.process.isAlive()) {
			throw new IllegalStateException("Prometheus exited with " + this.process.exitValue() + ":\n" + logTail());
		}
	}

	/**
	 * The last lines Prometheus logged, for failure messages.
	 * @return up to 20 lines
	 */
	String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.directory.resolve("prometheus.log"));
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		deleteDirectory();
	}

	private JsonNode get(String pathAndQuery) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(this.api.resolve(pathAndQuery)).timeout(CALL_TIMEOUT).build();
		try {
			JsonNode answer = JSON.readTree(this.http.send(request, HttpResponse.BodyHandlers.ofString()).body());
			if (!"success".equals(answer.path("status").asString())) {
				throw new IllegalArgumentException(
						answer.path("errorType").asString() + ": " + answer.path("error").asString());
			}
			return answer.path("data");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	private void deleteDirectory() {
		try (Stream<Path> paths = Files.walk(this.directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// a leftover temporary directory is harmless
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static int freeLoopbackPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
