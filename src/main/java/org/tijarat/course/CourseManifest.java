package org.tijarat.course;

import java.util.List;
import java.util.Map;

/**
 * A course as an export file describes it (format {@value #FORMAT}, version {@value #VERSION}):
 * its details, modules and lessons, and the media they use by content hash.
 */
record CourseManifest(CourseDetails details, String coverSha, List<ModuleData> modules, Map<String, String> mediaNames) {

    static final String FORMAT = "tijarat-course";
    static final int VERSION = 1;

    record ModuleData(String title, List<LessonData> lessons) {
    }

    record LessonData(LessonContent content, String videoSha, String captionsSha, String fileSha) {
    }
}
