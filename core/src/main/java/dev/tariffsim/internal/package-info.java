/**
 * Helpers shared by the library's packages: argument checks and thread joins. <strong>Not API</strong>: nothing here is
 * covered by compatibility promises.
 */
package dev.tariffsim.internal;
