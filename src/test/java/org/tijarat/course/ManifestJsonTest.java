package org.tijarat.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.Language;

class ManifestJsonTest {

    @Test
    void whatIsWrittenIsReadBack() {
        CourseDetails details = new CourseDetails();
        details.setTitle("پاکستان سے ایمیزون پر فروخت");
        details.setSlug("amazon-par-farokht");
        details.setSummary("خلاصہ");
        details.setLanguage(Language.UR);
        details.setLevel(CourseLevel.INTERMEDIATE);
        details.setCategory(CourseCategory.PRICING_AND_FINANCE);
        details.setEstimatedHours(new BigDecimal("2.5"));
        LessonContent lesson = new LessonContent();
        lesson.setTitle("Fees");
        lesson.setKind(LessonKind.VIDEO);
        lesson.setMinutes(12);
        lesson.setRequired(false);
        lesson.setBodyHtml("<p>Intro</p>");
        lesson.setVideoUrl("https://vimeo.com/76979871");
        lesson.setPolicyTitle("Fee schedule");
        lesson.setPolicyUrl("https://sellercentral.amazon.com/help");
        lesson.setPolicyEffective(LocalDate.of(2025, 1, 15));
        String sha = "a".repeat(64);
        CourseManifest written = new CourseManifest(details, sha,
                List.of(new CourseManifest.ModuleData("Money", List.of(new CourseManifest.LessonData(lesson, null, sha, null)))),
                Map.of(sha, "cover.png"));

        CourseManifest read = ManifestJson.read(ManifestJson.write(written));

        assertThat(read.details()).usingRecursiveComparison().isEqualTo(details);
        assertThat(read.coverSha()).isEqualTo(sha);
        assertThat(read.mediaNames()).containsEntry(sha, "cover.png");
        CourseManifest.LessonData back = read.modules().getFirst().lessons().getFirst();
        assertThat(back.content()).usingRecursiveComparison().isEqualTo(lesson);
        assertThat(back.captionsSha()).isEqualTo(sha);
    }

    @Test
    void readsTheStarterCourses() throws IOException {
        for (String slug : DemoCourses.SLUGS) {
            try (InputStream in = getClass().getResourceAsStream("/demo/courses/" + slug + ".json")) {
                CourseManifest manifest = ManifestJson.read(in.readAllBytes());
                assertThat(manifest.details().getSlug()).isEqualTo(slug);
                assertThat(manifest.modules()).hasSizeGreaterThanOrEqualTo(slug.startsWith("selling") ? 6 : 2);
                assertThat(manifest.modules()).allSatisfy(m -> assertThat(m.lessons()).isNotEmpty());
            }
        }
    }

    @Test
    void refusesMalformedManifestsWithTheReason() {
        assertInvalid("not json at all");
        assertInvalid("{\"format\":\"something-else\",\"formatVersion\":1}");
        assertInvalid("{\"format\":\"tijarat-course\",\"formatVersion\":1,\"course\":{\"title\":5}}");
        assertInvalid("{\"format\":\"tijarat-course\",\"formatVersion\":1,\"course\":{\"title\":\"t\",\"slug\":\"s\","
                + "\"summary\":\"x\",\"language\":\"fr\",\"level\":\"BEGINNER\",\"category\":\"GETTING_STARTED\","
                + "\"estimatedHours\":1,\"modules\":[]}}");
        BusinessException version = catchThrowableOfType(BusinessException.class,
                () -> ManifestJson.read("{\"format\":\"tijarat-course\",\"formatVersion\":9}".getBytes(StandardCharsets.UTF_8)));
        assertThat(version.getMessageKey()).isEqualTo("import.format_version");
    }

    private static void assertInvalid(String json) {
        BusinessException refusal = catchThrowableOfType(BusinessException.class,
                () -> ManifestJson.read(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(refusal).as(json).isNotNull();
        assertThat(refusal.getMessageKey()).isEqualTo("import.manifest_invalid");
    }
}
