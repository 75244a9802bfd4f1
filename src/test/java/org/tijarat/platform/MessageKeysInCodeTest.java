package org.tijarat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle key the Java code names (refusals, page messages, mail templates, audit kinds) exists. */
class MessageKeysInCodeTest {

    private static final Pattern EXCEPTION_KEY = Pattern.compile(
            "(?:Exception|super)\\(\\s*(?:\"[A-Za-z]+\"\\s*,\\s*|[a-z]+\\s*,\\s*)?\"([a-z_]+\\.[a-z_.]+)\"");
    private static final Pattern PAGE_MESSAGE = Pattern.compile(
            "FacesMessages\\.(?:info|error)\\(\\s*(?:null\\s*,\\s*|\"[A-Za-z]+\"\\s*,\\s*)?\"([a-z_]+\\.[a-z_.]+)\"");
    private static final Pattern MAIL_TEMPLATE = Pattern.compile("\\.enqueue\\([^\"]*\"([a-z_]+)\"");
    private static final Pattern AUDIT_KIND = Pattern.compile("audit\\.record\\([^\"]*\"([A-Z_]+)\"");

    @Test
    void everyKeyNamedInJavaIsInTheEnglishBundle() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/tijarat/i18n/messages_en.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                collect(EXCEPTION_KEY, source, "", "", keys);
                collect(PAGE_MESSAGE, source, "", "", keys);
                collect(MAIL_TEMPLATE, source, "mail.", ".subject", keys);
                collect(MAIL_TEMPLATE, source, "mail.", ".body", keys);
                collect(AUDIT_KIND, source, "audit.", "", keys);
            }
        }
        assertThat(keys).as("keys found in the code").hasSizeGreaterThan(40)
                .contains("account.email_taken", "mail.verify_email.body", "audit.ROLE_GRANTED", "signin.throttled");
        assertThat(keys).allSatisfy(key -> assertThat(english).containsKey(key));
    }

    private static void collect(Pattern pattern, String source, String prefix, String suffix, Set<String> keys) {
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            keys.add(prefix + matcher.group(1) + suffix);
        }
    }
}
