package dev.haloalertbridge.ingest;

import java.io.IOException;
import java.io.InputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vendor request bodies under {@code src/test/resources/fixtures}, read fresh on each
 * call so a test may change its copy.
 */
final class Fixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private Fixtures() {
	}

	/**
	 * One fixture.
	 * @param vendor the vendor's folder
	 * @param name the file name
	 * @return the parsed body
	 */
	static JsonNode read(String vendor, String name) {
		String path = "/fixtures/" + vendor + "/" + name;
		try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("no fixture " + path);
			}
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
