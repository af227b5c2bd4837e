package dev.haloalertbridge.ceiling;

import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ceiling the bridge's ingest is measured against: the same Boot and WebFlux, the same
 * route, the whole body read and parsed into a JSON tree, and a 202 that counts the alerts,
 * with nothing else done.
 */
@SpringBootApplication
public class CeilingApplication {

	public static void main(String[] args) {
		SpringApplication.run(CeilingApplication.class, args);
	}

	@RestController
	static class Webhook {

		private final JsonMapper json;

		Webhook(JsonMapper json) {
			this.json = json;
		}

		@PostMapping("/webhooks/{source}")
		Mono<ResponseEntity<Map<String, Integer>>> receive(@PathVariable String source, ServerHttpRequest request) {
			return DataBufferUtils.join(request.getBody(), 1024 * 1024).map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				JsonNode tree = this.json.readTree(bytes);
				int alerts = tree.path("alerts").isArray() ? tree.path("alerts").size() : 1;
				return ResponseEntity.accepted().body(Map.of("accepted", alerts));
			});
		}

	}

}
