package dev.haloalertbridge.halo;

/**
 * Supplies the connection the Halo client uses. Read on every use, so a source may learn
 * its values late (the sandbox knows its own port only once the web server has started).
 */
@FunctionalInterface
public interface HaloConnectionSource {

	/**
	 * The connection to use now.
	 * @return the connection
	 */
	HaloConnection connection();

}
