/**
 * What every port shares: the one root exception with its stable code
 * ({@link org.schooljournal.spi.JournalException}, {@link org.schooljournal.spi.ErrorCode}), the
 * provider interface each port's providers extend ({@link org.schooljournal.spi.ServiceProvider}:
 * an id and a priority), and the one discovery of providers ({@link org.schooljournal.spi.Bootstrap},
 * in SLF4J's order: the caller's choice, a system property, the highest priority, an embedded
 * default only when nothing failed to load). JDK only.
 */
package org.schooljournal.spi;
