package org.tijarat.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each question version's {@link AnswerShape}, read once per node: the autosave checks every
 * answer against it without loading the version. A version's shape never changes (a key
 * correction keeps it), so there is nothing to invalidate; the map is emptied if it ever grows
 * past a bound, and refills from the database.
 */
@ApplicationScoped
public class AnswerShapes {

    private static final int BOUND = 50_000;

    private final Map<Long, AnswerShape> shapes = new ConcurrentHashMap<>();

    @Inject
    private AssessmentRepository repository;

    public AnswerShape of(long versionId) {
        AnswerShape shape = shapes.get(versionId);
        if (shape == null) {
            shape = repository.getVersion(versionId).content().shape();
            if (shapes.size() >= BOUND) {
                shapes.clear();
            }
            shapes.put(versionId, shape);
        }
        return shape;
    }
}
