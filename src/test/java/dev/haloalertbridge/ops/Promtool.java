package dev.haloalertbridge.ops;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code promtool check metrics} on a scrape in the classic text format. Its exit
 * code is 0 for a clean scrape, 3 when it only has lint findings (one line per finding)
 * and 1 when it cannot parse the scrape.
 *
 * @param exitCode promtool's exit code
 * @param lines what it printed, one finding or error per line
 */
record Promtool(int exitCode, List<String> lines) {

	/**
	 * Whether an executable of that name is in one of the {@code PATH} directories.
	 * @param command the command's name
	 * @return whether it can be run
	 */
	static boolean onPath(String command) {
		String path = System.getenv("PATH");
		return path != null && Stream.of(path.split(File.pathSeparator))
			.filter((directory) -> !directory.isBlank())
			.anyMatch((directory) -> Files.isExecutable(Path.of(directory, command)));
	}

	/**
	 * Checks a scrape.
	 * @param scrape the text of {@code /actuator/prometheus}
	 * @return promtool's verdict
	 * @throws IOException if promtool cannot be run
	 * @throws InterruptedException if interrupted while waiting for it
	 */
	static Promtool checkMetrics(String scrape) throws IOException, InterruptedException {
		Path output = Files.createTempFile("promtool-", ".txt");
		try {
			Process process = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			try (OutputStream stdin = process.getOutputStream()) {
				stdin.write(scrape.getBytes(StandardCharsets.UTF_8));
			}
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("promtool check metrics did not finish within 30 s");
			}
			return new Promtool(process.exitValue(), Files.readAllLines(output));
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/**
	 * The lines about the bridge's own metrics.
	 * @return lines naming a {@code bridge_} metric
	 */
	List<String> bridgeProblems() {
		return this.lines.stream().filter((line) -> line.startsWith("bridge_") || line.contains(" bridge_")).toList();
	}

}
