package dev.haloalertbridge.ingest;

import java.io.IOException;
import java.io.InputStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor sample bodies under {@code src/test/resources/fixtures}, read fresh for each
 * use so a test may change its copy.
 */
final class VendorFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private VendorFixtures() {
	}

	/**
	 * Reads one sample body.
	 * @param path the vendor directory and file, such as
	 * {@code meraki/power-supply-down-critical.json}
	 * @return the body
	 */
	static ObjectNode read(String path) {
		try (InputStream in = VendorFixtures.class.getResourceAsStream("/fixtures/" + path)) {
			assertThat(in).as(path).isNotNull();
			return (ObjectNode) JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Parses JSON written in a test.
	 * @param json the text
	 * @return the object
	 */
	static ObjectNode object(String json) {
		return (ObjectNode) JSON.readTree(json);
	}

}
