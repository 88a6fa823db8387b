/**
 * A school and its own stream, {@code school-<id>}: its registration, the roles of its people
 * (ACC-1, ACC-5), its structure — the academic year, study periods, holidays, school week,
 * public non-working days, staff, classes and their bells (YR-1…YR-5) — and declared technical
 * failures (ARC-7). The {@link org.schooljournal.core.school.Schools} facet executes every
 * command to that stream and answers with the school's
 * {@link org.schooljournal.core.school.SchoolState}, to the administration and the system
 * administrator (PD-2), and rules; the engine's facets and the host's own processes read it
 * through {@link org.schooljournal.core.school.SchoolStates}, which checks no reader and which the
 * engine never hands to a vendor.
 *
 * <p>Decisions recorded here:
 * <ul>
 *   <li>The same stream keeps the parts other concepts build on the school — the programme, the
 *       roster, the guardians' contacts, the archive records — each a
 *       {@link org.schooljournal.core.school.SchoolPart} made by its own package, with its events
 *       and its commands with the right each needs; the school's state holds them without knowing
 *       their types, so that this package depends on none of them.</li>
 *   <li>A school that is not registered answers every command but its registration with
 *       NOT_FOUND; whoever registers a school becomes its system administrator.</li>
 *   <li>People's names — staff members', and the roster's students' and guardians' — are
 *       normalised and checked when they enter ({@link org.schooljournal.core.school.PersonName}),
 *       and every list of people sorts in one order
 *       ({@link org.schooljournal.core.school.NameOrder}, ROS-3).</li>
 *   <li>Nobody grants themselves a role or a class (ACC-5, ROS-4): another holder of the right
 *       does.</li>
 *   <li>Another concept follows a school's command up through
 *       {@link org.schooljournal.core.school.SchoolStates#follow}, in the same call and without
 *       this package knowing it: the journals judge their late entries again after a technical
 *       failure is declared (ARC-7).</li>
 * </ul>
 */
package org.schooljournal.core.school;
