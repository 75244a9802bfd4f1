package org.tijarat.enrollment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tijarat.identity.Account;
import org.tijarat.identity.AccountRepository;
import org.tijarat.identity.Caller;
import org.tijarat.identity.Role;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.DuplicateKeys;

/** Cohorts, for admins: named groups with dates, whose members are enrolled in a course together. */
@Stateless
public class CohortService {

    /** What enrolling one member of a cohort came to: enrolled (or already), or refused with a message key. */
    public record MemberResult(String learner, boolean enrolled, String refusalKey) {
    }

    @Inject
    private EnrollmentRepository enrollments;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Admissions admissions;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public List<Cohort> all() {
        caller.require(Role.ADMIN);
        return enrollments.cohorts();
    }

    public Cohort get(long id) {
        caller.require(Role.ADMIN);
        Cohort cohort = enrollments.getCohort(id);
        cohort.getMembers().size();
        return cohort;
    }

    public Cohort create(String name, LocalDate startsOn, LocalDate endsOn) {
        Account admin = caller.require(Role.ADMIN);
        Cohort cohort = new Cohort(name, startsOn, endsOn, admin, clock.instant());
        try {
            enrollments.persist(cohort);
            enrollments.flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw BusinessException.at("name", "cohort.name_taken");
            }
            throw e;
        }
        return cohort;
    }

    /** Adds learners by email, one address per line or separated by commas; unknown addresses are refused by name. */
    public Cohort addMembers(long cohortId, String emails) {
        caller.require(Role.ADMIN);
        Cohort cohort = enrollments.getCohort(cohortId);
        List<String> unknown = new ArrayList<>();
        for (String email : (emails == null ? "" : emails).split("[,;\\s]+")) {
            if (email.isBlank()) {
                continue;
            }
            accounts.findByEmail(email).ifPresentOrElse(cohort::add, () -> unknown.add(email));
        }
        if (!unknown.isEmpty()) {
            throw BusinessException.at("emails", "cohort.unknown_emails", String.join(", ", unknown));
        }
        return cohort;
    }

    public Cohort removeMember(long cohortId, long accountId) {
        caller.require(Role.ADMIN);
        Cohort cohort = enrollments.getCohort(cohortId);
        cohort.remove(accounts.get(accountId));
        return cohort;
    }

    /**
     * Enrols every member of the cohort in a course, each in a transaction of its own: members
     * already enrolled count as enrolled, and one refusal (an unverified address, a full course)
     * does not stop the others.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<MemberResult> enrollAll(long cohortId, long courseId) {
        Account admin = caller.require(Role.ADMIN);
        Cohort cohort = enrollments.getCohort(cohortId);
        List<MemberResult> results = new ArrayList<>();
        for (Account member : cohort.getMembers().stream()
                .sorted(java.util.Comparator.comparing(Account::getDisplayName)).toList()) {
            try {
                admissions.admitOnce(new Admission(member.getId(), courseId, null, false, cohortId, admin.getId()));
                results.add(new MemberResult(member.getDisplayName(), true, null));
            } catch (BusinessException refused) {
                results.add(new MemberResult(member.getDisplayName(), false, refused.getMessageKey()));
            }
        }
        return results;
    }
}
