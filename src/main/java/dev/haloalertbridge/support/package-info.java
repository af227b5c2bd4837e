/**
 * Small types shared by every feature, such as
 * {@link dev.haloalertbridge.support.Secret}.
 */
@NullMarked
package dev.haloalertbridge.support;

import org.jspecify.annotations.NullMarked;
