package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write token: made once per data directory, kept owner-only, overridden by the environment. */
@Tag("security")
class WriteTokenTest {
    @TempDir Path dataDir;

    @Test
    void the_first_start_generates_256_random_bits_kept_owner_only_and_later_starts_reuse_them() throws Exception {
        WriteToken first = WriteToken.resolve(dataDir, null);
        WriteToken second = WriteToken.resolve(dataDir, null);

        assertThat(first.origin()).isEqualTo(WriteToken.Origin.GENERATED);
        assertThat(Base64.getUrlDecoder().decode(first.value())).hasSize(32);
        Path file = dataDir.resolve(WriteToken.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(second.origin()).isEqualTo(WriteToken.Origin.FILE);
        assertThat(second.value()).isEqualTo(first.value());
        assertThat(WriteToken.resolve(Files.createDirectories(dataDir.resolve("other")), null).value()).isNotEqualTo(first.value());
    }

    @Test
    void a_file_made_readable_by_others_is_narrowed_to_its_owner_again() throws Exception {
        WriteToken.resolve(dataDir, null);
        Path file = dataDir.resolve(WriteToken.FILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        WriteToken.resolve(dataDir, null);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void the_environment_wins_and_nothing_is_written() {
        WriteToken token = WriteToken.resolve(dataDir, "a-long-enough-secret-from-env");

        assertThat(token.origin()).isEqualTo(WriteToken.Origin.ENVIRONMENT);
        assertThat(token.matches("a-long-enough-secret-from-env")).isTrue();
        assertThat(token.matches("a-long-enough-secret-from-enV")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(dataDir.resolve(WriteToken.FILE)).doesNotExist();
    }

    @Test
    void a_guessable_token_from_the_environment_is_refused() {
        assertThatThrownBy(() -> WriteToken.resolve(dataDir, "short")).hasMessageContaining("at least 16 characters");
    }
}
