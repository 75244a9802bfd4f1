package org.tijarat.assessment;

import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.Serial;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.tijarat.platform.DuplicateKeys;

/**
 * Starts an attempt in a transaction of its own: the random draw and every shuffle are made once
 * and stored with it. Two starts at once insert one open attempt (the unique key); the loser
 * rolls back only itself and resumes the winner's.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AttemptStarts {

    @Inject
    private AssessmentRepository repository;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The learner's open attempt at the quiz, started now if there is none. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startOrResume(long quizId, long accountId) {
        try {
            return context.getBusinessObject(AttemptStarts.class).begin(quizId, accountId);
        } catch (StartedConcurrently lostRace) {
            return context.getBusinessObject(AttemptStarts.class).open(quizId, accountId);
        }
    }

    public long open(long quizId, long accountId) {
        return repository.findOpen(quizId, accountId).orElseThrow(() -> new StartedConcurrently(null)).getId();
    }

    public long begin(long quizId, long accountId) {
        var open = repository.findOpen(quizId, accountId);
        if (open.isPresent()) {
            return open.get().getId();
        }
        Instant now = clock.instant();
        Quiz quiz = repository.getQuiz(quizId);
        QuizOverride override = repository.findOverride(quizId, accountId).orElse(null);
        List<QuizAttempt> earlier = repository.attempts(quizId, accountId);
        List<QuizSlot> slots = repository.slots(quizId);
        quiz.checkCanStart(now, earlier.size(), override, slots.size());
        int number = earlier.stream().mapToInt(QuizAttempt::getNumber).max().orElse(0) + 1;
        QuizAttempt attempt = new QuizAttempt(quiz, accountId, number, now, quiz.deadlineFor(now, override));
        Random random = ThreadLocalRandom.current();
        for (Drawn drawn : draw(quiz, slots, random)) {
            attempt.ask(drawn.version(), drawn.points(), order(drawn.version().content(), quiz.isShuffleOptions(), random));
        }
        try {
            repository.persist(attempt);
            repository.flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new StartedConcurrently(e);
            }
            throw e;
        }
        return attempt.getId();
    }

    private record Drawn(QuestionVersion version, BigDecimal points) {
    }

    private List<Drawn> draw(Quiz quiz, List<QuizSlot> slots, Random random) {
        List<Drawn> drawn = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        slots.stream().filter(s -> !s.isRandom()).forEach(s -> used.add(s.getQuestion().getId()));
        for (QuizSlot slot : slots) {
            List<Question> picked;
            if (slot.isRandom()) {
                List<Question> pool = new ArrayList<>(repository.inCategory(slot.getCategory().getId()));
                pool.removeIf(q -> used.contains(q.getId()));
                Collections.shuffle(pool, random);
                picked = pool.subList(0, Math.min(slot.getDrawCount(), pool.size()));
            } else {
                picked = List.of(slot.getQuestion());
            }
            for (Question q : picked) {
                used.add(q.getId());
                QuestionVersion version = q.getCurrentVersion();
                drawn.add(new Drawn(version, slot.getPoints() == null ? version.getPoints() : slot.getPoints()));
            }
        }
        if (quiz.isShuffleQuestions()) {
            Collections.shuffle(drawn, random);
        }
        return drawn;
    }

    /**
     * The order options are shown in. Ordering items and matching answers are always shuffled (in
     * their stored order they would give the answer away); choices only when the quiz says so.
     */
    static String order(QuestionContent q, boolean shuffleChoices, Random random) {
        int n = q.shuffledCount();
        List<Integer> ids = new ArrayList<>(IntStream.rangeClosed(1, n).boxed().toList());
        boolean revealing = q.type() == QuestionType.ORDERING || q.type() == QuestionType.MATCHING;
        if (revealing || shuffleChoices && q.type() != QuestionType.TRUE_FALSE) {
            for (int tries = 0; tries < 5; tries++) {
                Collections.shuffle(ids, random);
                if (!revealing || n < 2 || !isIdentity(ids)) {
                    break;
                }
            }
        }
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static boolean isIdentity(List<Integer> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != i + 1) {
                return false;
            }
        }
        return true;
    }

    /** Another request started the same learner's attempt first: resume theirs. */
    @ApplicationException(rollback = true)
    static class StartedConcurrently extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        StartedConcurrently(Throwable cause) {
            super("attempt started concurrently", cause);
        }
    }
}
