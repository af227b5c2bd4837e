package dev.haloalertbridge.ingest.syslog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The appliance lines of {@code src/test/resources/fixtures/syslog}, one message a line.
 */
final class SyslogFixtures {

	private SyslogFixtures() {
	}

	static List<String> lines(String file) {
		try (InputStream in = SyslogFixtures.class.getResourceAsStream("/fixtures/syslog/" + file)) {
			if (in == null) {
				throw new IllegalStateException("no fixture " + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter((l) -> !l.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String line(String file, int number) {
		return lines(file).get(number - 1);
	}

}
