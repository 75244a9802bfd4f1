package org.tijarat.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tijarat.course.CatalogService;
import org.tijarat.course.CourseCategory;
import org.tijarat.course.CourseLevel;
import org.tijarat.platform.Language;

/** {@code /catalog?q=&category=&language=&level=&page=}: bookmarkable search of published courses. */
@Named("catalog")
@RequestScoped
public class CatalogBacking {

    static final int PAGE_SIZE = 12;

    @Inject
    private CatalogService catalog;

    private String q;
    private String category;
    private String language;
    private String level;
    private int page = 1;
    private CatalogService.Page result;

    public void load() {
        page = Math.max(1, page);
        result = catalog.search(new CatalogService.Query(q, constant(CourseCategory.class, category),
                Language.fromCode(language).orElse(null), constant(CourseLevel.class, level)), (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** A filter value from the address; anything unknown means "any", never an error. */
    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public int getPageCount() {
        return (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<CourseCategory> getCategories() {
        return List.of(CourseCategory.values());
    }

    public List<CourseLevel> getLevels() {
        return List.of(CourseLevel.values());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public CatalogService.Page getResult() {
        return result;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
