package org.schooljournal.core.roster;

import java.util.Objects;

/**
 * The link between a guardian and a student they represent (ROS-1). A student may have several
 * guardians and a guardian several students; each pair is one link.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param guardianId the guardian's person identifier
 * @param studentId the student's person identifier
 */
public record Guardianship(String guardianId, String studentId) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is missing
     * @throws IllegalArgumentException if the guardian and the student are the same person
     */
    public Guardianship {
        Objects.requireNonNull(guardianId, "guardianId");
        Objects.requireNonNull(studentId, "studentId");
        if (guardianId.equals(studentId)) {
            throw new IllegalArgumentException("a student cannot be their own guardian: " + studentId);
        }
    }
}
