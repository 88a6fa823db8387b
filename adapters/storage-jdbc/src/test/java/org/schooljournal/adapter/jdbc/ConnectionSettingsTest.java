package org.schooljournal.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/** The provider's settings: read strictly, shown without secrets. */
@DisplayName("ConnectionSettings")
class ConnectionSettingsTest {

    @Test
    @DisplayName("url is required; user, password and poolSize are optional, the pool 8 connections by default")
    void readsTheSettings() {
        ConnectionSettings minimal = ConnectionSettings.parse(Map.of("url", "jdbc:postgresql://db/journal"));
        ConnectionSettings full = ConnectionSettings.parse(Map.of("url", " jdbc:postgresql://db/journal ",
                "user", "journal", "password", "s3cret", "poolSize", "20"));

        assertThat(minimal.url()).isEqualTo("jdbc:postgresql://db/journal");
        assertThat(minimal.user()).isEmpty();
        assertThat(minimal.password()).isEmpty();
        assertThat(minimal.poolSize()).isEqualTo(ConnectionSettings.DEFAULT_POOL_SIZE).isEqualTo(8);
        assertThat(full.url()).isEqualTo("jdbc:postgresql://db/journal");
        assertThat(full.user()).contains("journal");
        assertThat(full.password()).contains("s3cret");
        assertThat(full.poolSize()).isEqualTo(20);
    }

    @Test
    @DisplayName("toString shows the settings without the password")
    void toStringHidesThePassword() {
        ConnectionSettings settings = ConnectionSettings.parse(Map.of("url",
                "jdbc:postgresql://db/journal?password=inUrl", "user", "journal", "password", "s3cret"));

        assertThat(settings.toString()).contains("jdbc:postgresql://db/journal", "journal", "poolSize=8")
                .doesNotContain("s3cret", "inUrl");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db/journal?user=j&password=s3cret&ssl=true | jdbc:postgresql://db/journal?user=j&password=***&ssl=true",
        "jdbc:postgresql://j:s3cret@db:5432/journal                | jdbc:postgresql://j:***@db:5432/journal",
        "jdbc:h2:file:/var/journal;USER=sa;PASSWORD=s3cret;CIPHER=AES | jdbc:h2:file:/var/journal;USER=sa;PASSWORD=***;CIPHER=AES",
        "jdbc:postgresql://db/journal?sslpassword=s3cret            | jdbc:postgresql://db/journal?sslpassword=***",
        "jdbc:postgresql://db/journal                               | jdbc:postgresql://db/journal"})
    @DisplayName("a URL is shown with its secrets masked")
    void masksSecretsInUrls(String url, String shown) {
        assertThat(ConnectionSettings.withoutSecrets(url)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "url=jdbc:h2:mem:x,jdbcUrl=jdbc:h2:mem:y,schema=s | [jdbcUrl, schema]",
        "user=journal                                   | 'url'",
        "url=                                           | 'url'",
        "url=postgresql://db/journal                    | jdbc:;postgresql://db/journal",
        "url=jdbc:h2:mem:x,poolSize=0                   | 'poolSize';'0'",
        "url=jdbc:h2:mem:x,poolSize=many                | 'poolSize';'many'"})
    @DisplayName("an unknown setting, a missing url, a URL that is not JDBC's or a bad poolSize is a CONFIGURATION error naming it")
    void refusesBadSettingsNamingThem(String given, String named) {
        Map<String, String> settings = new HashMap<>();
        for (String pair : given.split(",")) {
            String[] parts = pair.split("=", 2);
            settings.put(parts[0], parts[1]);
        }

        JournalException error = catchThrowableOfType(JournalException.class, () -> ConnectionSettings.parse(settings));

        assertThat(error).isNotNull();
        assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
        assertThat(error.getMessage()).contains("storage provider 'jdbc'").contains(named.split(";"));
    }
}
