/**
 * halo-alert-bridge: alerts in, HaloPSA tickets out. Each stage of the pipeline lives in
 * its own package.
 */
@NullMarked
package dev.haloalertbridge;

import org.jspecify.annotations.NullMarked;
