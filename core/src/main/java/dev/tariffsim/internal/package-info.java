/**
 * Helpers shared by the library's packages: argument checks and thread joins. <strong>Not API</strong>: nothing here is
 * covered by compatibility promises, and
 * {@code module-info.java} does not export the package, so code on the module path cannot import it.
 */
package dev.tariffsim.internal;
