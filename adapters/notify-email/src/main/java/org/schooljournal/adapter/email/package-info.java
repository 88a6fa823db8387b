/**
 * The e-mail notification channel: Jakarta Mail (Eclipse Angus) over SMTP, with STARTTLS or SSL
 * and authentication, UTF-8 Russian subject and body, a {@code Message-ID} derived from the
 * idempotency key, and SMTP failures mapped to delivery outcomes (ATT-5, NTF-1). Found by
 * {@link java.util.ServiceLoader} at the default priority; chosen explicitly with
 * {@code -Dschooljournal.notify=email}. It passes {@code NotifierContract} of adapters/tck.
 * Settings and the mapping of failures: docs/notify.md.
 */
package org.schooljournal.adapter.email;
