package org.schooljournal.core.notification;

/**
 * How a guardian gave a consent or their contact details (PD-1, NTF-4).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentForm {
    /** On paper, signed, entered by the school. */
    WRITTEN,
    /** Electronically, by the guardian themselves. */
    ELECTRONIC
}
