package org.tijarat.course;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.Language;

/** Writes and reads the JSON manifest of a course export, refusing anything malformed with the reason. */
final class ManifestJson {

    private ManifestJson() {
    }

    static byte[] write(CourseManifest manifest) {
        CourseDetails d = manifest.details();
        JsonObjectBuilder course = Json.createObjectBuilder()
                .add("title", d.getTitle())
                .add("slug", d.getSlug())
                .add("summary", d.getSummary())
                .add("language", d.getLanguage().code())
                .add("level", d.getLevel().name())
                .add("category", d.getCategory().name())
                .add("estimatedHours", d.getEstimatedHours());
        optional(course, "cover", manifest.coverSha());
        JsonArrayBuilder modules = Json.createArrayBuilder();
        for (CourseManifest.ModuleData module : manifest.modules()) {
            JsonArrayBuilder lessons = Json.createArrayBuilder();
            module.lessons().forEach(lesson -> lessons.add(lesson(lesson)));
            modules.add(Json.createObjectBuilder().add("title", module.title()).add("lessons", lessons));
        }
        JsonArrayBuilder media = Json.createArrayBuilder();
        manifest.mediaNames().forEach((sha, name) -> media.add(Json.createObjectBuilder().add("sha256", sha).add("name", name)));
        JsonObject root = Json.createObjectBuilder()
                .add("format", CourseManifest.FORMAT)
                .add("formatVersion", CourseManifest.VERSION)
                .add("course", course.add("modules", modules))
                .add("media", media)
                .build();
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(root);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObjectBuilder lesson(CourseManifest.LessonData lesson) {
        LessonContent c = lesson.content();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("title", c.getTitle())
                .add("kind", c.getKind().name())
                .add("minutes", c.getMinutes())
                .add("required", c.isRequired());
        optional(json, "html", c.getBodyHtml());
        optional(json, "video", lesson.videoSha());
        optional(json, "captions", lesson.captionsSha());
        optional(json, "videoUrl", c.getVideoUrl());
        optional(json, "file", lesson.fileSha());
        optional(json, "link", c.getLinkUrl());
        if (c.getPolicyTitle() != null || c.getPolicyUrl() != null) {
            JsonObjectBuilder policy = Json.createObjectBuilder();
            optional(policy, "title", c.getPolicyTitle());
            optional(policy, "url", c.getPolicyUrl());
            optional(policy, "effective", c.getPolicyEffective() == null ? null : c.getPolicyEffective().toString());
            json.add("policy", policy);
        }
        return json;
    }

    static CourseManifest read(byte[] bytes) {
        JsonObject root;
        try (var reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw invalid("not JSON");
        }
        if (!CourseManifest.FORMAT.equals(string(root, "format", true))) {
            throw invalid("format is not " + CourseManifest.FORMAT);
        }
        int version = integer(root, "formatVersion");
        if (version != CourseManifest.VERSION) {
            throw BusinessException.at("archive", "import.format_version", version, CourseManifest.VERSION);
        }
        JsonObject course = object(root, "course");
        CourseDetails details = new CourseDetails();
        details.setTitle(string(course, "title", true));
        details.setSlug(string(course, "slug", true));
        details.setSummary(string(course, "summary", true));
        details.setLanguage(Language.fromCode(string(course, "language", true)).orElseThrow(() -> invalid("language")));
        details.setLevel(constant(CourseLevel.class, string(course, "level", true), "level"));
        details.setCategory(constant(CourseCategory.class, string(course, "category", true), "category"));
        details.setEstimatedHours(decimal(course, "estimatedHours"));
        List<CourseManifest.ModuleData> modules = new ArrayList<>();
        for (JsonValue value : array(course, "modules")) {
            JsonObject module = asObject(value, "modules");
            List<CourseManifest.LessonData> lessons = new ArrayList<>();
            for (JsonValue lesson : array(module, "lessons")) {
                lessons.add(lesson(asObject(lesson, "lessons")));
            }
            modules.add(new CourseManifest.ModuleData(string(module, "title", true), lessons));
        }
        Map<String, String> media = new LinkedHashMap<>();
        if (root.containsKey("media")) {
            for (JsonValue value : array(root, "media")) {
                JsonObject entry = asObject(value, "media");
                media.put(sha(entry, "sha256", true), string(entry, "name", true));
            }
        }
        return new CourseManifest(details, sha(course, "cover", false), modules, media);
    }

    private static CourseManifest.LessonData lesson(JsonObject json) {
        LessonContent content = new LessonContent();
        content.setTitle(string(json, "title", true));
        content.setKind(constant(LessonKind.class, string(json, "kind", true), "kind"));
        content.setMinutes(integer(json, "minutes"));
        content.setRequired(!json.containsKey("required") || json.getBoolean("required", true));
        content.setBodyHtml(string(json, "html", false));
        content.setVideoUrl(string(json, "videoUrl", false));
        content.setLinkUrl(string(json, "link", false));
        if (json.containsKey("policy")) {
            JsonObject policy = object(json, "policy");
            content.setPolicyTitle(string(policy, "title", false));
            content.setPolicyUrl(string(policy, "url", false));
            String effective = string(policy, "effective", false);
            try {
                content.setPolicyEffective(effective == null ? null : LocalDate.parse(effective));
            } catch (DateTimeParseException e) {
                throw invalid("policy.effective");
            }
        }
        return new CourseManifest.LessonData(content, sha(json, "video", false), sha(json, "captions", false),
                sha(json, "file", false));
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static String string(JsonObject json, String name, boolean required) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw invalid(name + " is missing");
            }
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw invalid(name + " is not text");
        }
        return text.getString();
    }

    private static String sha(JsonObject json, String name, boolean required) {
        String value = string(json, name, required);
        if (value != null && !value.matches("[0-9a-f]{64}")) {
            throw invalid(name + " is not a SHA-256");
        }
        return value;
    }

    private static int integer(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonNumber number) || !number.isIntegral()) {
            throw invalid(name + " is not a whole number");
        }
        return number.intValue();
    }

    private static BigDecimal decimal(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonNumber number)) {
            throw invalid(name + " is not a number");
        }
        return number.bigDecimalValue();
    }

    private static JsonObject object(JsonObject json, String name) {
        return asObject(json.get(name), name);
    }

    private static JsonObject asObject(JsonValue value, String name) {
        if (!(value instanceof JsonObject object)) {
            throw invalid(name + " is not an object");
        }
        return object;
    }

    private static JsonArray array(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonArray array)) {
            throw invalid(name + " is not a list");
        }
        return array;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(name + " " + value);
        }
    }

    private static BusinessException invalid(String detail) {
        return BusinessException.at("archive", "import.manifest_invalid", detail);
    }

}
