/**
 * The logging notification channel: the embedded default of the notification port (DESIGN.md,
 * principle 6), which writes notifications to {@link System.Logger} instead of sending them. Found
 * by {@link java.util.ServiceLoader} with the lowest priority, so the e-mail channel wins when it
 * is on the class path; chosen explicitly with {@code -Dschooljournal.notify=log}. It passes
 * {@code NotifierContract} of adapters/tck.
 */
package org.schooljournal.adapter.logging;
