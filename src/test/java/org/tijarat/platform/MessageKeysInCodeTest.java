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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle key the Java code names exists: any string literal whose first part is one of the
 * bundle's namespaces (account., import., publish. ...), mail templates, audit and edit kinds.
 */
class MessageKeysInCodeTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z_]*(?:\\.[A-Za-z_]+)+)\"");
    private static final Pattern MAIL_TEMPLATE = Pattern.compile("\\.enqueue\\([^\"]*\"([a-z_]+)\"");
    private static final Pattern AUDIT_KIND = Pattern.compile("audit\\.record\\([^\"]*\"([A-Z_]+)\"");
    private static final Pattern COURSE_EDIT = Pattern.compile("history\\.record\\([^\"]*\"([A-Z_]+)\"");

    @Test
    void everyKeyNamedInJavaIsInTheEnglishBundle() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/tijarat/i18n/messages_en.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> namespaces = english.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.')))
                .filter(n -> !n.equals("mail") && !Character.isUpperCase(n.charAt(0)))
                .collect(Collectors.toSet());
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher literal = LITERAL.matcher(source);
                while (literal.find()) {
                    String candidate = literal.group(1);
                    if (namespaces.contains(candidate.substring(0, candidate.indexOf('.')))) {
                        keys.add(candidate);
                    }
                }
                collect(MAIL_TEMPLATE, source, "mail.", ".subject", keys);
                collect(MAIL_TEMPLATE, source, "mail.", ".body", keys);
                collect(AUDIT_KIND, source, "audit.", "", keys);
                collect(COURSE_EDIT, source, "course_edit.", "", keys);
            }
        }
        assertThat(keys).as("keys found in the code").hasSizeGreaterThan(80)
                .contains("account.email_taken", "mail.verify_email.body", "audit.ROLE_GRANTED", "signin.throttled",
                        "publish.refused", "publish.lesson_empty_text", "course_edit.PUBLISHED", "import.entry_unexpected");
        assertThat(keys).allSatisfy(key -> assertThat(english).containsKey(key));
    }

    private static void collect(Pattern pattern, String source, String prefix, String suffix, Set<String> keys) {
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            keys.add(prefix + matcher.group(1) + suffix);
        }
    }
}
