package org.tijarat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tijarat.identity.AccountStatus;
import org.tijarat.identity.EmployeeBand;
import org.tijarat.identity.EnterpriseRole;
import org.tijarat.identity.Province;
import org.tijarat.identity.Role;
import org.tijarat.identity.Sector;

/** Every text exists in English and Urdu, with the same placeholders; every enum constant has a label. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @Test
    void englishAndUrduHaveTheSameKeysAndPlaceholders() throws IOException {
        assertSameKeysAndPlaceholders("/org/tijarat/i18n/messages_en.properties", "/org/tijarat/i18n/messages_ur.properties");
        assertSameKeysAndPlaceholders("/ValidationMessages.properties", "/ValidationMessages_ur.properties");
        assertSameKeysAndPlaceholders("/org/tijarat/i18n/faces.properties", "/org/tijarat/i18n/faces_ur.properties");
    }

    @Test
    void everyEnumConstantShownInPagesHasALabel() throws IOException {
        Properties english = load("/org/tijarat/i18n/messages_en.properties");
        for (Class<? extends Enum<?>> type : java.util.List.of(Role.class, AccountStatus.class, EnterpriseRole.class,
                Province.class, Sector.class, EmployeeBand.class, org.tijarat.course.CourseStatus.class,
                org.tijarat.course.CourseLevel.class, org.tijarat.course.CourseCategory.class, org.tijarat.course.LessonKind.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(english).containsKey(type.getSimpleName() + "." + constant.name());
            }
        }
    }

    @Test
    void urduTextIsWrittenInUrdu() throws IOException {
        Properties urdu = load("/org/tijarat/i18n/messages_ur.properties");
        assertThat(urdu.getProperty("general.app_name")).isEqualTo("تجارت اکیڈمی");
        long latinOnly = urdu.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("layout.switch_language_title"))
                .filter(key -> urdu.getProperty(key).codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                .filter(key -> !urdu.getProperty(key).matches("[\\d {}]*"))
                .count();
        assertThat(latinOnly).as("Urdu texts without any Urdu letter").isZero();
    }

    private static void assertSameKeysAndPlaceholders(String first, String second) throws IOException {
        Properties a = load(first);
        Properties b = load(second);
        assertThat(b.stringPropertyNames()).as(second).containsExactlyInAnyOrderElementsOf(a.stringPropertyNames());
        for (String key : a.stringPropertyNames()) {
            assertThat(placeholders(b.getProperty(key))).as(key).isEqualTo(placeholders(a.getProperty(key)));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
