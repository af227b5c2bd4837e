/**
 * The shared vocabulary of the pipeline: {@link dev.haloalertbridge.alert.Alert} and the
 * types it is made of. Plain records and enums, with no Spring and no I/O.
 */
@NullMarked
package dev.haloalertbridge.alert;

import org.jspecify.annotations.NullMarked;
