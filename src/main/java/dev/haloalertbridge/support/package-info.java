/**
 * Small types shared by every feature, such as
 * {@link dev.haloalertbridge.support.Secret}, and the start-up report of settings the
 * bridge cannot run with ({@link dev.haloalertbridge.support.InvalidSettingsException}).
 */
@NullMarked
package dev.haloalertbridge.support;

import org.jspecify.annotations.NullMarked;
