package dev.haloalertbridge;

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
		SpringApplication.run(HaloAlertBridgeApplication.class, args);
	}

}
