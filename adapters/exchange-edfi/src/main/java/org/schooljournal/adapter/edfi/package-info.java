/**
 * Ed-Fi attendance and grades (EXC-1, REP-10): what a school's journals hold, in the forms an
 * Ed-Fi host takes — the interchange XML of Data Standard v5 ({@code http://ed-fi.org/5.0.0}) and
 * the JSON bodies of the Ed-Fi API resources {@code studentSectionAttendanceEvents} and
 * {@code grades}.
 *
 * <p>{@link org.schooljournal.adapter.edfi.EdfiExtract} reads a school through journal-core's
 * public API into plain records: a {@link org.schooljournal.adapter.edfi.SectionAttendanceEvent}
 * per absence («н», «б», «ну», ATT-1) and lateness note (LES-7), a
 * {@link org.schooljournal.adapter.edfi.SectionGrade} per period or year mark (MRK-7). Each record
 * checks the Ed-Fi schema's limits when made, so a file is never written half valid.
 * {@link org.schooljournal.adapter.edfi.InterchangeWriter} writes them as interchange XML;
 * {@link org.schooljournal.adapter.edfi.ApiBodies} as API bodies;
 * {@link org.schooljournal.adapter.edfi.EdfiFolder} writes all of them into a folder.
 *
 * <p>The mapping (docs/exchange.md): a journal is an Ed-Fi section, its subject the course
 * offering's local course code, the school's academic year the session (a journal runs the whole
 * year), the year's study periods the grading periods; the school's Ed-Fi {@code SchoolId} is a
 * number the host gives, as Ed-Fi needs one and the journal's school identifier is text.
 */
package org.schooljournal.adapter.edfi;
