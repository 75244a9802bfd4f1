package org.tijarat.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tijarat.testing.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tijarat.course.CourseLearners;
import org.tijarat.course.MediaSamples;
import org.tijarat.identity.Account;
import org.tijarat.identity.Enterprise;
import org.tijarat.identity.EnterpriseRole;
import org.tijarat.identity.Role;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.testing.ActingCaller;
import org.tijarat.testing.AdjustableClock;
import org.tijarat.testing.Refusals;
import org.tijarat.testing.TestDeployments;
import org.tijarat.testing.Transactions;

/** Enrollment in the server: policies, limits, concurrency, cohorts, progress, completion and who may see what. */
@Tag("h2")
@ExtendWith(ArquillianExtension.class)
class EnrollmentIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.inServer("enrollment", Map.of(), EnrollmentIT.class, EnrollmentFixtures.class,
                MediaSamples.class);
    }

    @Inject
    private EnrollmentService enrollment;

    @Inject
    private LearningService learning;

    @Inject
    private RosterService rosters;

    @Inject
    private CohortService cohorts;

    @Inject
    private BulkEnrollmentService bulk;

    @Inject
    private AccessReminders reminders;

    @Inject
    private Instance<CourseLearners> learners;

    @Inject
    private EnrollmentFixtures fixtures;

    @Inject
    private ActingCaller caller;

    @Inject
    private AdjustableClock clock;

    @Inject
    private Clock now;

    @Inject
    private Transactions tx;

    @Inject
    private RequestContextController requestContext;

    @Resource
    private ManagedExecutorService executor;

    // --- policies --------------------------------------------------------------------------------

    @Test
    void openSelfEnrollmentIsIdempotentAndMailsOnce() {
        var course = fixtures.publish(fixtures.account(Role.TRAINER), 2);
        Account learner = fixtures.account(Role.LEARNER);
        caller.actAs(learner);
        Enrollment first = enrollment.enroll(course.courseId(), null);
        Enrollment again = enrollment.enroll(course.courseId(), null);
        assertThat(first.getStatus()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(enrollments(learner, course.courseId())).isEqualTo(1);
        assertThat(mails(learner, "%enrolled%")).isEqualTo(1);
        assertThat(mayLearn(learner, course.courseId())).isTrue();
    }

    @Test
    void anEnrollmentKeyMustMatchAndAWrongOneChangesNothing() {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 1);
        rules(trainer, course.courseId(), form -> {
            form.setPolicy(EnrollmentPolicy.KEY);
            form.setEnrollmentKey("LAHORE-2026");
        });
        Account learner = fixtures.account(Role.LEARNER);
        caller.actAs(learner);
        assertThat(refusal(() -> enrollment.enroll(course.courseId(), "lahore-2025")).getMessageKey()).isEqualTo("enrollment.wrong_key");
        assertThat(refusal(() -> enrollment.enroll(course.courseId(), null)).getMessageKey()).isEqualTo("enrollment.wrong_key");
        assertThat(enrollments(learner, course.courseId())).isZero();
        assertThat(enrollment.enroll(course.courseId(), " LAHORE-2026 ").isActive()).isTrue();
        caller.actAs(trainer);
        assertThat(refusal(() -> rules(trainer, course.courseId(), form -> form.setEnrollmentKey(" "))).getMessageKey())
                .isEqualTo("enrollment_rules.key_required");
    }

    @Test
    void requestsWaitForATrainerOfTheCourseToApproveOrDecline() {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 1);
        rules(trainer, course.courseId(), form -> form.setPolicy(EnrollmentPolicy.APPROVAL));
        Account asking = fixtures.account(Role.LEARNER);
        Account declined = fixtures.account(Role.LEARNER);
        caller.actAs(asking);
        Enrollment request = enrollment.enroll(course.courseId(), null);
        assertThat(request.getStatus()).isEqualTo(EnrollmentStatus.PENDING);
        assertThat(refusal(() -> learning.open(course.slug(), null)).getMessageKey()).isEqualTo("learn.pending");
        assertThat(mayLearn(asking, course.courseId())).isFalse();
        caller.actAs(declined);
        Enrollment other = enrollment.enroll(course.courseId(), null);

        caller.actAs(fixtures.account(Role.TRAINER));
        assertThatThrownBy(() -> enrollment.approve(request.getId())).isInstanceOf(NotAllowedException.class);
        caller.actAs(asking);
        assertThatThrownBy(() -> enrollment.approve(request.getId())).isInstanceOf(NotAllowedException.class);

        caller.actAs(trainer);
        assertThat(enrollment.approve(request.getId()).isActive()).isTrue();
        assertThat(enrollment.decline(other.getId()).getStatus()).isEqualTo(EnrollmentStatus.DECLINED);
        assertThat(refusal(() -> enrollment.approve(request.getId())).getMessageKey()).isEqualTo("enrollment.not_pending");
        assertThat(mails(asking, "%approved%")).isEqualTo(1);
        assertThat(mails(declined, "%declined%")).isEqualTo(1);
        assertThat(mayLearn(asking, course.courseId())).isTrue();
        assertThat(mayLearn(declined, course.courseId())).isFalse();
    }

    @Test
    void adminOnlyCoursesRefuseSelfEnrollmentButTheirTrainersEnrolLearners() {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 1);
        rules(trainer, course.courseId(), form -> form.setPolicy(EnrollmentPolicy.ADMIN_ONLY));
        Account learner = fixtures.account(Role.LEARNER);
        caller.actAs(learner);
        assertThat(refusal(() -> enrollment.enroll(course.courseId(), null)).getMessageKey()).isEqualTo("enrollment.admin_only");
        assertThatThrownBy(() -> enrollment.enrollLearner(course.courseId(), learner.getEmail()))
                .isInstanceOf(NotAllowedException.class);
        caller.actAs(fixtures.account(Role.ADMIN));
        assertThat(enrollment.enrollLearner(course.courseId(), learner.getEmail().toUpperCase()).isActive()).isTrue();
        assertThat(refusal(() -> enrollment.enrollLearner(course.courseId(), "nobody@enrol.example")).getMessageKey())
                .isEqualTo("enrollment.no_such_account");
    }

    @Test
    void draftCoursesAndUnverifiedAccountsAreRefused() {
        Account trainer = fixtures.account(Role.TRAINER);
        long draft = fixtures.draft(trainer).getId();
        Account learner = fixtures.account(Role.LEARNER);
        caller.actAs(learner);
        assertThat(refusal(() -> enrollment.enroll(draft, null)).getMessageKey()).isEqualTo("enrollment.course_not_published");
        assertThat(enrollments(learner, draft)).isZero();
        var course = fixtures.publish(trainer, 1);
        Account unverified = fixtures.unverified();
        caller.actAs(unverified);
        assertThat(refusal(() -> enrollment.enroll(course.courseId(), null)).getMessageKey()).isEqualTo("account.email_not_verified");
        caller.anonymous();
        assertThatThrownBy(() -> enrollment.enroll(course.courseId(), null)).isInstanceOf(NotAllowedException.class);
    }

    // --- limits and concurrency ------------------------------------------------------------------

    @Test
    void twoHundredConcurrentRequestsForFiftySeatsGiveFiftyEnrollments() throws Exception {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 1);
        rules(trainer, course.courseId(), form -> form.setCapacity(50));
        List<Account> crowd = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            crowd.add(fixtures.account(Role.LEARNER));
        }
        List<Object> outcomes = Refusals.concurrently(executor, crowd.stream().map(learner -> (Callable<Object>) () -> {
            caller.actAs(learner);
            return enrollment.enroll(course.courseId(), null).getStatus();
        }).toList());
        assertThat(outcomes).filteredOn(EnrollmentStatus.ACTIVE::equals).hasSize(50);
        assertThat(outcomes).filteredOn(o -> o instanceof BusinessException b && "enrollment.full".equals(b.getMessageKey()))
                .hasSize(150);
        assertThat(tx.number("SELECT COUNT(*) FROM enrollment WHERE course_id = ?", course.courseId())).isEqualTo(50);
        assertThat(tx.number("SELECT seats_taken FROM enrollment_rules WHERE course_id = ?", course.courseId())).isEqualTo(50);
    }

    @Test
    void concurrentRequestsOfOneLearnerGiveOneEnrollment() throws Exception {
        var course = fixtures.publish(fixtures.account(Role.TRAINER), 1);
        Account learner = fixtures.account(Role.LEARNER);
        List<Callable<Object>> clicks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            clicks.add(() -> {
                caller.actAs(learner);
                return enrollment.enroll(course.courseId(), null).getId();
            });
        }
        List<Object> outcomes = Refusals.concurrently(executor, clicks);
        assertThat(outcomes).allMatch(Long.class::isInstance);
        assertThat(outcomes.stream().distinct()).hasSize(1);
        assertThat(enrollments(learner, course.courseId())).isEqualTo(1);
        assertThat(mails(learner, "%enrolled%")).isEqualTo(1);
    }

    @Test
    void aCapacitySetLaterCountsTheLearnersAlreadyIn() {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 1);
        for (int i = 0; i < 3; i++) {
            caller.actAs(fixtures.account(Role.LEARNER));
            enrollment.enroll(course.courseId(), null);
        }
        assertThat(refusal(() -> rules(trainer, course.courseId(), form -> form.setCapacity(2))).getMessageKey())
                .isEqualTo("enrollment_rules.capacity_below_taken");
        rules(trainer, course.courseId(), form -> form.setCapacity(4));
        caller.actAs(fixtures.account(Role.LEARNER));
        assertThat(enrollment.enroll(course.courseId(), null).isActive()).isTrue();
        caller.actAs(fixtures.account(Role.LEARNER));
        assertThat(refusal(() -> enrollment.enroll(course.courseId(), null)).getMessageKey()).isEqualTo("enrollment.full");
        assertThat(tx.number("SELECT seats_taken FROM enrollment_rules WHERE course_id = ?", course.courseId())).isEqualTo(4);
    }

    @Test
    void withdrawingFreesTheSeatAndReEnrollingKeepsProgress() {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 3);
        rules(trainer, course.courseId(), form -> form.setCapacity(1));
        Account first = fixtures.account(Role.LEARNER);
        Account second = fixtures.account(Role.LEARNER);
        caller.actAs(first);
        enrollment.enroll(course.courseId(), null);
        learning.completeLesson(course.courseId(), course.key(0, 0));
        caller.actAs(second);
        assertThat(refusal(() -> enrollment.enroll(course.courseId(), null)).getMessageKey()).isEqualTo("enrollment.full");
        caller.actAs(first);
        enrollment.withdraw(course.courseId());
        assertThat(mayLearn(first, course.courseId())).isFalse();
        assertThat(refusal(() -> learning.open(course.slug(), null)).getMessageKey()).isEqualTo("learn.not_enrolled");
        caller.actAs(second);
        assertThat(enrollment.enroll(course.courseId(), null).isActive()).isTrue();
        enrollment.withdraw(course.courseId());
        caller.actAs(first);
        Enrollment back = enrollment.enroll(course.courseId(), null);
        assertThat(back.isActive()).isTrue();
        LessonView view = learning.open(course.slug(), null);
        assertThat(view.outline().find(course.key(0, 0)).orElseThrow().done()).isTrue();
        assertThat(view.lesson().lesson().getLessonKey()).isEqualTo(course.key(0, 1));
        assertThat(view.outline().getPercent()).isEqualTo(33);
    }

    @Test
    void theAccessPeriodEndsLearningAndIsAnnouncedAWeekAhead() {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 1);
        rules(trainer, course.courseId(), form -> form.setAccessDays(10));
        Account learner = fixtures.account(Role.LEARNER);
        caller.actAs(learner);
        Enrollment enrolled = enrollment.enroll(course.courseId(), null);
        assertThat(enrolled.getAccessEndsAt()).isBetween(now.instant().plus(Duration.ofDays(10)).minusSeconds(60),
                now.instant().plus(Duration.ofDays(10)));
        reminders.sendDue();
        assertThat(mails(learner, "%access%")).isZero();
        clock.advance(Duration.ofDays(4));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(mails(learner, "%access%")).isEqualTo(1);
        caller.actAs(learner);
        assertThat(learning.dashboard()).filteredOn(e -> e.enrollment().getId().equals(enrolled.getId()))
                .singleElement().matches(DashboardEntry::accessEndingSoon);
        clock.advance(Duration.ofDays(7));
        assertThat(refusal(() -> learning.open(course.slug(), null)).getMessageKey()).isEqualTo("learn.access_over");
        assertThat(mayLearn(learner, course.courseId())).isFalse();

        var closed = fixtures.publish(trainer, 1);
        rules(trainer, closed.courseId(), form -> form.setAccessEndsAt(now.instant().minusSeconds(1)));
        caller.actAs(fixtures.account(Role.LEARNER));
        assertThat(refusal(() -> enrollment.enroll(closed.courseId(), null)).getMessageKey()).isEqualTo("enrollment.access_over");
    }

    // --- progress and completion -----------------------------------------------------------------

    @Test
    void completionNeedsEveryRequiredLessonAndFactAndIsRecordedOnce() throws Exception {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 2);
        caller.actAs(trainer);
        enrollment.requireForCompletion(course.courseId(), "quiz:1", "Final quiz");
        Account learner = fixtures.account(Role.LEARNER);
        caller.actAs(learner);
        Enrollment enrolled = enrollment.enroll(course.courseId(), null);
        learning.completeLesson(course.courseId(), course.key(0, 0));
        learning.completeLesson(course.courseId(), course.key(0, 1));
        assertThat(completedAt(enrolled)).isNull();
        enrollment.report(learner.getId(), course.courseId(), "quiz:1", false, EnrollmentFixtures.percent("40"));
        assertThat(completedAt(enrolled)).isNull();
        List<Callable<Object>> reports = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reports.add(() -> {
                enrollment.report(learner.getId(), course.courseId(), "quiz:1", true, EnrollmentFixtures.percent("84"));
                return "reported";
            });
        }
        assertThat(Refusals.concurrently(executor, reports)).containsOnly("reported");
        assertThat(completedAt(enrolled)).isNotNull();
        assertThat(fixtures.completionsOf(enrolled.getId())).isEqualTo(1);

        // final: republishing with a new lesson, withdrawing and the end of access leave it in place
        String added = fixtures.addLessonAndRepublish(trainer, course);
        caller.actAs(learner);
        learning.completeLesson(course.courseId(), added);
        enrollment.withdraw(course.courseId());
        assertThat(completedAt(enrolled)).isNotNull();
        assertThat(fixtures.completionsOf(enrolled.getId())).isEqualTo(1);
        assertThat(learning.dashboard()).filteredOn(e -> e.enrollment().getId().equals(enrolled.getId()))
                .singleElement().matches(DashboardEntry::isCompleted);
    }

    @Test
    void progressSurvivesRepublishingForLessonsThatStillExist() {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 2);
        Account learner = fixtures.account(Role.LEARNER);
        caller.actAs(learner);
        Enrollment enrolled = enrollment.enroll(course.courseId(), null);
        learning.completeLesson(course.courseId(), course.key(0, 0));
        learning.completeLesson(course.courseId(), course.key(0, 1));
        assertThat(completedAt(enrolled)).isNotNull();
        String added = fixtures.addLessonAndRepublish(trainer, course);
        caller.actAs(learner);
        LessonView view = learning.open(course.slug(), added);
        assertThat(view.outline().find(course.key(0, 0)).orElseThrow().done()).isTrue();
        assertThat(view.outline().find(added).orElseThrow().done()).isFalse();
        assertThat(view.outline().getPercent()).isEqualTo(66);
        assertThat(view.getPrevious().lesson().getLessonKey()).isEqualTo(course.key(0, 1));
        assertThat(view.getNext()).isNull();
    }

    @Test
    void videoProgressIsRememberedAndNinetyPercentCompletesTheLesson() {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, true, 2);
        Account learner = fixtures.account(Role.LEARNER);
        caller.actAs(learner);
        enrollment.enroll(course.courseId(), null);
        String video = course.key(0, 0);
        assertThat(learning.open(course.slug(), video).getResumeAt()).isZero();
        clock.advance(Duration.ofSeconds(60));
        // a report claiming more than the time allows counts only what the clock allows
        LessonProgress early = learning.videoProgress(course.courseId(), video, 50, 1000, 200);
        assertThat(early.getWatchedSeconds()).isBetween(120, 140);
        assertThat(early.isCompleted()).isFalse();
        assertThat(learning.open(course.slug(), video).getResumeAt()).isEqualTo(50);
        assertThat(learning.open(course.slug(), null).lesson().lesson().getLessonKey()).isEqualTo(video);
        clock.advance(Duration.ofSeconds(60));
        LessonProgress most = learning.videoProgress(course.courseId(), video, 179, 179, 200);
        assertThat(most.isCompleted()).isFalse();
        LessonProgress done = learning.videoProgress(course.courseId(), video, 181, 181, 200);
        assertThat(done.isCompleted()).isTrue();
        // going back does not undo it
        assertThat(learning.videoProgress(course.courseId(), video, 10, 12, 200).isCompleted()).isTrue();
        assertThat(learning.open(course.slug(), null).lesson().lesson().getLessonKey()).isEqualTo(course.key(0, 1));
    }

    @Test
    void sequentialModulesUnlockOneAfterAnother() {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 1, 1);
        rules(trainer, course.courseId(), form -> form.setSequential(true));
        caller.actAs(fixtures.account(Role.LEARNER));
        enrollment.enroll(course.courseId(), null);
        assertThat(learning.open(course.slug(), null).outline().getModules().get(1).locked()).isTrue();
        assertThat(refusal(() -> learning.open(course.slug(), course.key(1, 0))).getMessageKey()).isEqualTo("learn.module_locked");
        assertThat(refusal(() -> learning.completeLesson(course.courseId(), course.key(1, 0))).getMessageKey())
                .isEqualTo("learn.module_locked");
        learning.completeLesson(course.courseId(), course.key(0, 0));
        LessonView second = learning.open(course.slug(), course.key(1, 0));
        assertThat(second.outline().getModules().get(1).locked()).isFalse();
    }

    @Test
    void prerequisiteCoursesMustBeCompletedFirst() {
        Account trainer = fixtures.account(Role.TRAINER);
        var basics = fixtures.publish(trainer, 1);
        var advanced = fixtures.publish(trainer, 1);
        rules(trainer, advanced.courseId(), form -> form.setPrerequisites(List.of(basics.courseId())));
        caller.actAs(trainer);
        assertThat(refusal(() -> rules(trainer, advanced.courseId(), form -> form.setPrerequisites(List.of(advanced.courseId()))))
                .getMessageKey()).isEqualTo("enrollment_rules.prerequisite_self");
        Account learner = fixtures.account(Role.LEARNER);
        caller.actAs(learner);
        assertThat(refusal(() -> enrollment.enroll(advanced.courseId(), null)).getMessageKey())
                .isEqualTo("enrollment.prerequisites_missing");
        enrollment.enroll(basics.courseId(), null);
        learning.completeLesson(basics.courseId(), basics.key(0, 0));
        assertThat(enrollment.enroll(advanced.courseId(), null).isActive()).isTrue();
    }

    @Test
    void theDashboardShowsProgressAndWhereToContinue() {
        Account trainer = fixtures.account(Role.TRAINER);
        var one = fixtures.publish(trainer, 2, 2);
        var two = fixtures.publish(trainer, 1);
        Account learner = fixtures.account(Role.LEARNER);
        caller.actAs(learner);
        enrollment.enroll(one.courseId(), null);
        enrollment.enroll(two.courseId(), null);
        learning.completeLesson(one.courseId(), one.key(0, 0));
        learning.open(one.slug(), one.key(1, 0));
        learning.completeLesson(two.courseId(), two.key(0, 0));
        List<DashboardEntry> board = learning.dashboard();
        assertThat(board).hasSize(2);
        DashboardEntry first = board.stream().filter(e -> e.enrollment().getCourseId() == one.courseId()).findFirst().orElseThrow();
        assertThat(first.percent()).isEqualTo(25);
        assertThat(first.continueKey()).isEqualTo(one.key(1, 0));
        assertThat(board.stream().filter(e -> e.enrollment().getCourseId() == two.courseId()).findFirst().orElseThrow()
                .isCompleted()).isTrue();
    }

    @Test
    void theDashboardAndTheLessonPageStayWithinAStatementBudgetHoweverManyCourses() {
        Account trainer = fixtures.account(Role.TRAINER);
        List<EnrollmentFixtures.Published> courses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            courses.add(fixtures.publish(trainer, 2, 1));
        }
        Account few = fixtures.account(Role.LEARNER);
        Account many = fixtures.account(Role.LEARNER);
        for (var course : courses) {
            for (Account learner : course == courses.getFirst() ? List.of(few, many) : List.of(many)) {
                caller.actAs(learner);
                enrollment.enroll(course.courseId(), null);
                learning.completeLesson(course.courseId(), course.key(0, 0));
            }
        }
        caller.actAs(few);
        learning.dashboard();
        long forOne = statements(() -> learning.dashboard());
        caller.actAs(many);
        learning.dashboard();
        long forSix = statements(() -> learning.dashboard());
        assertThat(forSix).as("dashboard statements, six courses against one").isEqualTo(forOne).isLessThanOrEqualTo(8);
        learning.open(courses.getLast().slug(), null);
        assertThat(statements(() -> learning.open(courses.getLast().slug(), null))).as("lesson page statements").isLessThanOrEqualTo(10);
    }

    // --- cohorts ---------------------------------------------------------------------------------

    @Test
    void adminsEnrolACohortAndFollowItAsAGroup() {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 2);
        Account admin = fixtures.account(Role.ADMIN);
        Account a = fixtures.account(Role.LEARNER);
        Account b = fixtures.account(Role.LEARNER);
        Account unverified = fixtures.unverified();
        caller.actAs(admin);
        String name = "Lahore batch " + a.getId();
        Cohort cohort = cohorts.create(name, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31));
        assertThat(refusal(() -> cohorts.create(name.toUpperCase(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1)))
                .getMessageKey()).isEqualTo("cohort.name_taken");
        assertThat(refusal(() -> cohorts.create("Backwards", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1)))
                .getMessageKey()).isEqualTo("cohort.ends_before_start");
        assertThat(refusal(() -> cohorts.addMembers(cohort.getId(), a.getEmail() + ", ghost@enrol.example")).getMessageKey())
                .isEqualTo("cohort.unknown_emails");
        assertThat(cohorts.get(cohort.getId()).getMemberCount()).isZero();
        cohorts.addMembers(cohort.getId(), a.getEmail() + "\n" + b.getEmail() + "\n" + unverified.getEmail());
        var results = cohorts.enrollAll(cohort.getId(), course.courseId());
        assertThat(results).filteredOn(CohortService.MemberResult::enrolled).hasSize(2);
        assertThat(results).filteredOn(r -> !r.enrolled()).singleElement()
                .matches(r -> "account.email_not_verified".equals(r.refusalKey()));
        assertThat(cohorts.enrollAll(cohort.getId(), course.courseId())).filteredOn(CohortService.MemberResult::enrolled).hasSize(2);
        caller.actAs(a);
        learning.completeLesson(course.courseId(), course.key(0, 0));
        caller.actAs(admin);
        List<RosterRow> roster = rosters.cohort(cohort.getId());
        assertThat(roster).hasSize(2).allMatch(r -> r.cohort().equals(name));
        assertThat(roster).extracting(RosterRow::percent).containsExactlyInAnyOrder(50, 0);
        caller.actAs(trainer);
        assertThatThrownBy(() -> rosters.cohort(cohort.getId())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> cohorts.create("Mine", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(NotAllowedException.class);
    }

    // --- bulk enrollment and invitations --------------------------------------------------------

    @Test
    void bulkEnrollmentPreviewsEnrolsInvitesAndReportsBadLines() {
        var course = fixtures.publish(fixtures.account(Role.TRAINER), 1);
        Account admin = fixtures.account(Role.ADMIN);
        Account known = fixtures.account(Role.LEARNER);
        Account already = fixtures.account(Role.LEARNER);
        caller.actAs(already);
        enrollment.enroll(course.courseId(), null);
        String stranger = "new." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@enrol.example";
        byte[] file = ("\uFEFFemail,name\n" + known.getEmail() + ",Known\n" + already.getEmail() + ",Already\n"
                + stranger + ",Stranger\nbroken,Bad\n" + known.getEmail().toUpperCase() + ",Twice\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        caller.actAs(admin);
        assertThat(bulk.preview(file, course.courseId(), null)).extracting(BulkRow::outcome).containsExactly(
                BulkRow.Outcome.ENROL, BulkRow.Outcome.ALREADY, BulkRow.Outcome.INVITE, BulkRow.Outcome.ERROR, BulkRow.Outcome.ERROR);
        assertThat(enrollments(known, course.courseId())).isZero();

        BusinessException allOrNothing = refusal(() -> bulk.commit(file, course.courseId(), null, true));
        assertThat(allOrNothing.getMessageKey()).isEqualTo("bulk.has_errors");
        assertThat(allOrNothing.getReasons()).hasSize(2);
        assertThat(enrollments(known, course.courseId())).isZero();
        assertThat(tx.number("SELECT COUNT(*) FROM enrollment_invitation WHERE email_normalized = ?", stranger)).isZero();

        List<BulkRow> done = bulk.commit(file, course.courseId(), null, false);
        assertThat(done).extracting(BulkRow::outcome).containsExactly(
                BulkRow.Outcome.ENROL, BulkRow.Outcome.ALREADY, BulkRow.Outcome.INVITE, BulkRow.Outcome.ERROR, BulkRow.Outcome.ERROR);
        assertThat(done.get(4).messageKey()).isEqualTo("bulk.row.duplicate");
        assertThat(enrollments(known, course.courseId())).isEqualTo(1);
        assertThat(tx.number("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", stranger)).isEqualTo(1);
        bulk.commit(file, course.courseId(), null, false);
        assertThat(tx.number("SELECT COUNT(*) FROM enrollment_invitation WHERE email_normalized = ?", stranger)).isEqualTo(1);
        assertThat(tx.number("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", stranger)).isEqualTo(1);

        // the stranger signs up and verifies the address: the invitation becomes an enrollment
        Account signedUp = tx.call(em -> {
            Account account = new Account(stranger, "Stranger", null, org.tijarat.platform.Language.EN, Role.LEARNER,
                    now.instant());
            account.verifyEmail(now.instant());
            em.persist(account);
            em.flush();
            jakarta.enterprise.inject.spi.CDI.current().getBeanManager().getEvent().select(org.tijarat.identity.AccountVerified.class)
                    .fire(new org.tijarat.identity.AccountVerified(account.getId(), account.getEmailNormalized()));
            return account;
        });
        assertThat(enrollments(signedUp, course.courseId())).isEqualTo(1);
        assertThat(tx.number("SELECT COUNT(*) FROM enrollment_invitation WHERE email_normalized = ? AND accepted_at IS NOT NULL",
                stranger)).isEqualTo(1);
    }

    @Test
    void allOrNothingBulkEnrollmentEnrolsEveryoneTogetherAndRefusesBadInput() {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 1);
        Account a = fixtures.account(Role.LEARNER);
        Account b = fixtures.account(Role.LEARNER);
        caller.actAs(fixtures.account(Role.ADMIN));
        byte[] file = ("email\n" + a.getEmail() + "\n" + b.getEmail() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bulk.commit(file, course.courseId(), null, true)).extracting(BulkRow::outcome)
                .containsOnly(BulkRow.Outcome.ENROL);
        assertThat(enrollments(a, course.courseId()) + enrollments(b, course.courseId())).isEqualTo(2);

        var full = fixtures.publish(trainer, 1);
        rules(trainer, full.courseId(), form -> form.setCapacity(1));
        caller.actAs(fixtures.account(Role.ADMIN));
        BusinessException refused = refusal(() -> bulk.commit(file, full.courseId(), null, true));
        assertThat(refused.getReasons()).singleElement().matches(r -> r.getMessageKey().equals("bulk.line"));
        assertThat(tx.number("SELECT COUNT(*) FROM enrollment WHERE course_id = ?", full.courseId())).isZero();
        assertThat(tx.number("SELECT seats_taken FROM enrollment_rules WHERE course_id = ?", full.courseId())).isZero();

        long draft = fixtures.draft(trainer).getId();
        caller.actAs(fixtures.account(Role.ADMIN));
        assertThat(refusal(() -> bulk.preview(file, draft, null)).getMessageKey()).isEqualTo("enrollment.course_not_published");
        caller.actAs(trainer);
        assertThatThrownBy(() -> bulk.preview(file, course.courseId(), null)).isInstanceOf(NotAllowedException.class);
    }

    // --- who sees what ---------------------------------------------------------------------------

    @Test
    void eachOneSeesOnlyTheProgressTheyMay() {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 1);
        Enterprise sme = fixtures.enterprise("Sialkot Sports Goods");
        Enterprise rival = fixtures.enterprise("Other Traders");
        Account owner = fixtures.account(Role.LEARNER, sme, EnterpriseRole.OWNER);
        Account member = fixtures.account(Role.LEARNER, sme, EnterpriseRole.MEMBER);
        Account rivalOwner = fixtures.account(Role.LEARNER, rival, EnterpriseRole.OWNER);
        Account stranger = fixtures.account(Role.LEARNER);
        caller.actAs(member);
        long enrolled = enrollment.enroll(course.courseId(), null).getId();

        caller.actAs(member);
        assertThat(rosters.progress(enrolled).learner()).isEqualTo(member.getDisplayName());
        caller.actAs(owner);
        assertThat(rosters.progress(enrolled).enterprise()).isEqualTo("Sialkot Sports Goods");
        assertThat(rosters.enterprise()).extracting(RosterRow::enrollmentId).contains(enrolled);
        caller.actAs(trainer);
        assertThat(rosters.course(course.courseId())).extracting(RosterRow::enrollmentId).containsExactly(enrolled);
        caller.actAs(fixtures.account(Role.ADMIN));
        assertThat(rosters.progress(enrolled).courseId()).isEqualTo(course.courseId());

        for (Account forbidden : List.of(stranger, rivalOwner, fixtures.account(Role.TRAINER))) {
            caller.actAs(forbidden);
            assertThatThrownBy(() -> rosters.progress(enrolled)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> rosters.course(course.courseId())).isInstanceOf(NotAllowedException.class);
        }
        caller.actAs(rivalOwner);
        assertThat(rosters.enterprise()).extracting(RosterRow::enrollmentId).doesNotContain(enrolled);
        caller.actAs(member);
        assertThatThrownBy(() -> rosters.enterprise()).isInstanceOf(NotAllowedException.class);
        caller.actAs(stranger);
        assertThat(learning.dashboard()).isEmpty();
        assertThat(refusal(() -> learning.open(course.slug(), null)).getMessageKey()).isEqualTo("learn.not_enrolled");
        assertThat(refusal(() -> learning.completeLesson(course.courseId(), course.key(0, 0))).getMessageKey())
                .isEqualTo("learn.not_enrolled");
        assertThatThrownBy(() -> enrollment.changeRules(course.courseId(), enrollment.rules(course.courseId()).form()))
                .isInstanceOf(NotAllowedException.class);
        caller.anonymous();
        assertThatThrownBy(() -> learning.dashboard()).isInstanceOf(NotAllowedException.class);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void rules(Account trainer, long courseId, java.util.function.Consumer<RulesForm> change) {
        caller.actAs(trainer);
        RulesForm form = enrollment.rules(courseId).form();
        change.accept(form);
        enrollment.changeRules(courseId, form);
    }

    private static long statements(Runnable work) {
        long before = org.tijarat.platform.SqlStatements.onThisThread();
        work.run();
        return org.tijarat.platform.SqlStatements.onThisThread() - before;
    }

    private boolean mayLearn(Account account, long courseId) {
        return learners.stream().anyMatch(l -> l.mayLearn(account.getId(), courseId));
    }

    private long enrollments(Account learner, long courseId) {
        return tx.number("SELECT COUNT(*) FROM enrollment WHERE account_id = ? AND course_id = ?", learner.getId(), courseId);
    }

    private long mails(Account to, String subjectLike) {
        return tx.number("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND LOWER(subject) LIKE ?", to.getEmail(),
                subjectLike.toLowerCase());
    }

    private Object completedAt(Enrollment enrolled) {
        return tx.call(em -> em.find(Enrollment.class, enrolled.getId()).getCompletedAt());
    }
}
