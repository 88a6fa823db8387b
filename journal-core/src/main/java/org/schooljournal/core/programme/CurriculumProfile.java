package org.schooljournal.core.programme;

/**
 * The profile of a curriculum (профиль обучения), YR-6.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CurriculumProfile {
    /** Natural science (естественно-научный). */
    NATURAL_SCIENCE,
    /** Humanities (гуманитарный). */
    HUMANITIES,
    /** Socio-economic (социально-экономический). */
    SOCIO_ECONOMIC,
    /** Technological (технологический). */
    TECHNOLOGICAL,
    /** Universal (универсальный), also the curriculum of classes without a profile. */
    UNIVERSAL
}
