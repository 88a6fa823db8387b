package org.schooljournal.examples.web;

import java.util.Optional;

/**
 * What every page's frame shows (the template {@code layout.jte}): the page's title, who is signed
 * in, the form token for the frame's own forms, whether the version for the visually impaired is
 * on, and the page's own address to come back to.
 *
 * @param title the page's title, its {@code h1}
 * @param texts the texts common to every page
 * @param person the name of the person signed in, if any
 * @param token this session's form token
 * @param visuallyImpaired whether the version for the visually impaired is on (UX-2)
 * @param path the page's address, where the frame's forms return
 */
public record Chrome(String title, Texts texts, Optional<String> person, String token, boolean visuallyImpaired,
        String path) {
}
