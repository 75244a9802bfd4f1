package org.tijarat.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tijarat.course.CatalogService;
import org.tijarat.course.CourseRevision;

/** {@code #{home}}: the catalog teaser on the home page. */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    private CatalogService catalog;

    private List<CourseRevision> featured;

    public List<CourseRevision> getFeatured() {
        if (featured == null) {
            featured = catalog.search(new CatalogService.Query(null, null, null, null), 0, 3).courses();
        }
        return featured;
    }
}
