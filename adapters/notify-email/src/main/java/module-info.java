/**
 * The e-mail channel of the notification port: Jakarta Mail (Eclipse Angus) over SMTP. Found by
 * discovery; its package is exported for the provider's identifier and its settings' names.
 */
module org.schooljournal.adapter.email {
    requires transitive org.schooljournal.spi;
    requires org.eclipse.angus.mail;

    exports org.schooljournal.adapter.email;

    provides org.schooljournal.spi.notify.NotifierProvider
            with org.schooljournal.adapter.email.SmtpNotifierProvider;
}
