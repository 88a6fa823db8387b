/**
 * Sign-in (ACC-6) and personal accounts (PD-3): the {@link org.schooljournal.core.identity.Identity}
 * facet binds subjects of identity providers — ЕСИА, any OpenID Connect provider, through journal-spi's
 * identity port — to the school's people ({@link org.schooljournal.core.identity.BindSubject},
 * {@link org.schooljournal.core.identity.UnbindSubject}), and turns a verified sign-in into the
 * {@link org.schooljournal.core.access.Actor} of the bound person.
 *
 * <p>Decisions recorded here (docs/identity.md says more):
 * <ul>
 *   <li>The bindings live in the school's own stream, as a
 *       {@link org.schooljournal.core.school.SchoolPart} of their own
 *       ({@link org.schooljournal.core.identity.SubjectBindings}): who bound whom, and when, is part
 *       of the school's record, and a binding is decided on the same state as the roles it grants.
 *       One subject is bound to one person of the school, and a person to one subject of each
 *       issuer (PD-3); the administration and the system administrator bind
 *       ({@link org.schooljournal.core.access.Permission#BIND_SUBJECTS}).</li>
 *   <li>Every sign-in, granted or refused, is a
 *       {@link org.schooljournal.core.identity.SignInAttempted} in the school's sign-in stream of the
 *       day, {@code school-<id>/sign-in/<date>}, never in the school's own stream: a thousand
 *       sign-ins a morning would otherwise lengthen every fold of the school, and one stream a day
 *       keeps each stream short to load. Its actor is {@value org.schooljournal.core.identity.Identity#SIGN_IN},
 *       so that a compromise's act never lists sign-ins as the account's operations.</li>
 *   <li>A sign-in to a school that is not registered is refused NOT_FOUND and recorded nowhere:
 *       recording it would make streams for any name a caller sends.</li>
 *   <li>A blocked account (PD-4) cannot sign in; its block is read from the school's compromise
 *       records through {@link org.schooljournal.core.access.AccountBlocks}.</li>
 * </ul>
 */
package org.schooljournal.core.identity;
