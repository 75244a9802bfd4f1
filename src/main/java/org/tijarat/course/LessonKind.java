package org.tijarat.course;

/** What a lesson is: rich text, a video (uploaded or YouTube/Vimeo), a file to download, a link. */
public enum LessonKind {
    TEXT,
    VIDEO,
    FILE,
    LINK
}
