package org.tijarat.enrollment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tijarat.course.Course;
import org.tijarat.course.CourseOutlines;
import org.tijarat.identity.Account;
import org.tijarat.identity.AccountRepository;
import org.tijarat.identity.Caller;
import org.tijarat.identity.Role;
import org.tijarat.platform.BusinessException;

/**
 * Bulk enrollment from a spreadsheet, for admins: a preview says what each line will do before
 * anything is written; the commit enrols known accounts, invites unknown addresses, and reports bad
 * lines by number. Row by row (bad lines do not block good ones), or all or nothing.
 */
@Stateless
public class BulkEnrollmentService {

    @Inject
    private EnrollmentRepository enrollments;

    @Inject
    private AccountRepository accounts;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private Admissions admissions;

    @Inject
    private Caller caller;

    @Inject
    @ConfigProperty(name = "tijarat.enrollment.bulk-max-rows", defaultValue = "5000")
    private int maxRows;

    @Inject
    @ConfigProperty(name = "tijarat.enrollment.bulk-max-kb", defaultValue = "2048")
    private int maxKilobytes;

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxKilobytes * 1024L;
    }

    /** What each line would do; nothing is written. */
    public List<BulkRow> preview(byte[] file, long courseId, Long cohortId) {
        caller.require(Role.ADMIN);
        Course course = outlines.course(courseId);
        Admissions.requireOpenForEnrollment(course);
        if (cohortId != null) {
            enrollments.getCohort(cohortId);
        }
        if (file == null || file.length == 0) {
            throw new BusinessException("bulk.empty");
        }
        if (file.length > maxBytes()) {
            throw new BusinessException("bulk.too_big", maxKilobytes);
        }
        return BulkFile.read(file, maxRows).stream().map(row -> plan(row, courseId)).toList();
    }

    /**
     * Carries the file out, read and checked again (the preview is not trusted). Row by row, each
     * line in a transaction of its own; all or nothing, one transaction that any bad line refuses.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<BulkRow> commit(byte[] file, long courseId, Long cohortId, boolean allOrNothing) {
        List<BulkRow> plan = preview(file, courseId, cohortId);
        Account admin = caller.require(Role.ADMIN);
        if (allOrNothing) {
            Locale locale = admin.getLanguage().locale();
            List<BusinessException> bad = plan.stream().filter(BulkRow::isError).map(r -> BulkRow.lineRefusal(r, locale)).toList();
            if (!bad.isEmpty()) {
                throw BusinessException.withReasons("bulk.has_errors", bad);
            }
            return admissions.carryOutTogether(plan, courseId, cohortId, admin.getId(), locale);
        }
        List<BulkRow> done = new ArrayList<>();
        for (BulkRow row : plan) {
            done.add(row.isError() ? row : admissions.carryOut(row, courseId, cohortId, admin.getId()));
        }
        return done;
    }

    private BulkRow plan(BulkRow row, long courseId) {
        if (row.isError()) {
            return row;
        }
        Optional<Account> account = accounts.findByEmail(row.email());
        if (account.isEmpty() || !account.get().isEmailVerified()) {
            if (account.isPresent() && !account.get().isActive()) {
                return row.failed("account.deactivated");
            }
            return new BulkRow(row.line(), row.email(), BulkRow.Outcome.INVITE, null);
        }
        if (!account.get().isActive()) {
            return row.failed("account.deactivated");
        }
        boolean already = enrollments.find(account.get().getId(), courseId).map(e -> e.isActive()).orElse(false);
        return new BulkRow(row.line(), row.email(), already ? BulkRow.Outcome.ALREADY : BulkRow.Outcome.ENROL, null);
    }
}
