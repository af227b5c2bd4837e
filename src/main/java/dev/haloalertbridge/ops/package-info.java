/**
 * Operations: the Halo connection check ("Save and Test") at start-up, as a health
 * component and as a one-shot command.
 */
@NullMarked
package dev.haloalertbridge.ops;

import org.jspecify.annotations.NullMarked;
