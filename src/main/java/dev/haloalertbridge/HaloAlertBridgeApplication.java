package dev.haloalertbridge;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the bridge from alert sources to HaloPSA tickets.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HaloAlertBridgeApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(HaloAlertBridgeApplication.class);
		if (Arrays.asList(args).contains("--check")) {
			// The one-shot check runs beside a bridge that may already hold port 8080.
			application.setDefaultProperties(Map.of("server.port", "0", "bridge.check.on-startup", "false"));
		}
		application.run(args);
	}

}
