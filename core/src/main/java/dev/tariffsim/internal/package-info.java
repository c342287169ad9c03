/**
 * Helpers shared by the library's packages: argument checks. <strong>Not API</strong>: nothing here is
 * covered by compatibility promises.
 */
package dev.tariffsim.internal;
