package org.tijarat.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.ConcurrentChangeException;
import org.tijarat.platform.Language;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.platform.mail.OutboxMail;
import org.tijarat.testing.ActingCaller;
import org.tijarat.testing.AdjustableClock;
import org.tijarat.testing.TestDeployments;
import org.tijarat.testing.Transactions;

/** Identity services in the server: sign-up, links, passwords, enterprises, admin, with their refusals. */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.inServer("identity", IdentityIT.class);
    }

    @Inject
    private RegistrationService registrations;

    @Inject
    private PasswordService passwords;

    @Inject
    private EnterpriseService enterprises;

    @Inject
    private ProfileService profiles;

    @Inject
    private AccountAdminService admin;

    @Inject
    private AccountIdentityStore identityStore;

    @Inject
    private ActingCaller caller;

    @Inject
    private AdjustableClock clock;

    @Inject
    private Transactions tx;

    // --- sign-up ------------------------------------------------------------------------------

    @Test
    void signUpCreatesTheEnterpriseAndItsUnverifiedOwnerAndMailsAVerificationLink() {
        SignUpForm form = signUpForm("Sialkot Sports " + suffix(), email("owner"));
        Account owner = registrations.signUp(form);

        Account stored = tx.call(em -> em.find(Account.class, owner.getId()));
        assertThat(stored.isEnterpriseOwner()).isTrue();
        assertThat(stored.getRoles()).containsExactly(Role.LEARNER);
        assertThat(stored.isEmailVerified()).isFalse();
        assertThat(stored.getPasswordHash()).startsWith("PBKDF2WithHmacSHA256:210000:");
        assertThat(tx.<String>call(em -> em.find(Enterprise.class, stored.getEnterprise().getId()).getCity())).isEqualTo("Sialkot");
        assertThat(lastMail(form.getEmail()).getBody()).contains("/account/verify-email?token=");
        assertThatThrownBy(stored::ensureCanEnrol).isInstanceOf(BusinessException.class)
                .hasMessage("account.email_not_verified");
    }

    @Test
    void anEmailTakenInAnyCaseIsRefusedAtTheFieldAndCreatesNoEnterprise() {
        String address = email("twice");
        registrations.signUp(signUpForm("First " + suffix(), address));
        String second = "Second " + suffix();

        BusinessException refusal = businessRefusal(() -> registrations.signUp(signUpForm(second, address.toUpperCase())));

        assertThat(refusal.getMessageKey()).isEqualTo("account.email_taken");
        assertThat(refusal.getField()).contains("email");
        assertThat(enterprisesNamed(second)).isZero();
    }

    @Test
    void concurrentSignUpsWithOneAddressMakeOneAccount() throws Exception {
        String address = email("race");
        String name = "Race " + suffix();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Account>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Account> signUp = () -> registrations.signUp(signUpForm(name, address));
            results.add(pool.submit(signUp));
        }
        int created = 0;
        for (Future<Account> result : results) {
            try {
                result.get();
                created++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(rootBusiness(e)).isNotNull().extracting(BusinessException::getMessageKey)
                        .isEqualTo("account.email_taken");
            }
        }
        pool.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(tx.number("SELECT COUNT(*) FROM account WHERE email_normalized = ?1", address.toLowerCase())).isEqualTo(1);
        assertThat(enterprisesNamed(name)).isEqualTo(1);
    }

    @Test
    void invalidSignUpsAreRefusedAndLeaveNothingBehind() {
        String name = "Invalid " + suffix();
        List<java.util.function.Consumer<SignUpForm>> breakages = List.of(
                f -> f.setDisplayName(""),
                f -> f.setDisplayName("x".repeat(Names.PERSON_MAX + 1)),
                f -> f.setEmail("not-an-address"),
                f -> f.setEmail("a".repeat(250) + "@x.pk"),
                f -> f.setPassword("short"),
                f -> f.setPassword("password1"),
                f -> f.setPasswordConfirm("something else entirely"),
                f -> f.getEnterprise().setSector(null),
                f -> f.getEnterprise().setCity("   "),
                f -> f.getEnterprise().setLegalName("n".repeat(Enterprise.LEGAL_NAME_MAX + 1)),
                f -> f.getEnterprise().setWebsite("javascript:alert(1)"),
                f -> f.setLatinName("فاطمہ"));
        for (var breakage : breakages) {
            SignUpForm form = signUpForm(name, email("invalid"));
            breakage.accept(form);
            Throwable refusal = catchThrowable(() -> registrations.signUp(form));
            assertThat(refusal).as("a broken form must be refused")
                    .satisfiesAnyOf(
                            t -> assertThat(t).isInstanceOf(BusinessException.class),
                            t -> assertThat(t).hasRootCauseInstanceOf(ConstraintViolationException.class),
                            t -> assertThat(t).isInstanceOf(ConstraintViolationException.class));
        }
        assertThat(enterprisesNamed(name)).isZero();
    }

    @Test
    void markupInNamesIsStoredAsPlainText() {
        SignUpForm form = signUpForm("<script>alert('x')</script> Traders " + suffix(), email("markup"));
        form.setDisplayName("<b>Ali</b> & Sons");
        Account owner = registrations.signUp(form);

        Account stored = tx.call(em -> em.find(Account.class, owner.getId()));
        assertThat(stored.getDisplayName()).isEqualTo("<b>Ali</b> & Sons");
        assertThat(tx.<String>call(em -> em.find(Enterprise.class, stored.getEnterprise().getId()).getLegalName()))
                .startsWith("<script>alert('x')</script> Traders");
    }

    @Test
    void anUrduNameKeepsItsLatinNameAndALatinNameDropsIt() {
        SignUpForm urdu = signUpForm("Urdu " + suffix(), email("urdu"));
        urdu.setDisplayName("فاطمہ علی");
        urdu.setLatinName("Fatima Ali");
        urdu.setLanguage(Language.UR);
        Account fatima = registrations.signUp(urdu);
        assertThat(fatima.nameInLatin()).isEqualTo("Fatima Ali");
        assertThat(lastMail(urdu.getEmail()).getSubject()).contains("تجارت اکیڈمی");

        SignUpForm latin = signUpForm("Latin " + suffix(), email("latin"));
        latin.setLatinName("Ignored");
        assertThat(registrations.signUp(latin).getLatinName()).isNull();
    }

    // --- verification links -------------------------------------------------------------------

    @Test
    void theVerificationLinkWorksOnceAndNotAfterItExpires() {
        SignUpForm form = signUpForm("Verify " + suffix(), email("verify"));
        Account owner = registrations.signUp(form);
        String token = tokenIn(lastMail(form.getEmail()));

        assertThat(registrations.verifyEmail(token).isEmailVerified()).isTrue();
        assertThat(registrations.verifyEmail(token).isEmailVerified())
                .as("opened again (mail scanners open links first)").isTrue();
        assertThat(businessRefusal(() -> registrations.verifyEmail("made-up")).getMessageKey()).isEqualTo("token.invalid");

        SignUpForm late = signUpForm("Late " + suffix(), email("late"));
        registrations.signUp(late);
        String lateToken = tokenIn(lastMail(late.getEmail()));
        clock.advance(Duration.ofDays(8));
        assertThat(businessRefusal(() -> registrations.verifyEmail(lateToken)).getMessageKey()).isEqualTo("token.expired");
        assertThat(tx.<Boolean>call(em -> em.find(Account.class, owner.getId()).isEmailVerified())).isTrue();
    }

    // --- passwords ---------------------------------------------------------------------------

    @Test
    void aResetLinkSetsANewPasswordOnceAndTheOldOneStopsWorking() {
        SignUpForm form = signUpForm("Reset " + suffix(), email("reset"));
        registrations.signUp(form);
        passwords.requestReset("  " + form.getEmail().toUpperCase() + " ");
        String token = tokenIn(lastMail(form.getEmail()));
        assertThat(passwords.isUsableLink(token)).isTrue();

        passwords.resetPassword(token, "a new long secret", "a new long secret");

        assertThat(identityStore.validate(credential(form.getEmail(), "a new long secret")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(identityStore.validate(credential(form.getEmail(), form.getPassword())).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(passwords.isUsableLink(token)).isFalse();
        assertThat(businessRefusal(() -> passwords.resetPassword(token, "another secret x", "another secret x"))
                .getMessageKey()).isEqualTo("token.used");
        assertThat(lastMail(form.getEmail()).getSubject()).contains("password was changed");
    }

    @Test
    void resetRequestsSayNothingAboutUnknownAddressesAndAreLimited() {
        String unknown = email("nobody");
        passwords.requestReset(unknown);
        assertThat(mailsTo(unknown)).isZero();

        SignUpForm form = signUpForm("Flood " + suffix(), email("flood"));
        registrations.signUp(form);
        for (int i = 0; i < 6; i++) {
            passwords.requestReset(form.getEmail());
        }
        assertThat(tx.number("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?1 AND subject LIKE ?2",
                form.getEmail(), "%new password%")).isEqualTo(PasswordService.RESET_MAILS_PER_HOUR);
    }

    @Test
    void aResetLinkExpiresAfterAnHour() {
        SignUpForm form = signUpForm("Expire " + suffix(), email("expire"));
        registrations.signUp(form);
        passwords.requestReset(form.getEmail());
        String token = tokenIn(lastMail(form.getEmail()));
        clock.advance(Duration.ofMinutes(61));
        assertThat(passwords.isUsableLink(token)).isFalse();
        assertThat(businessRefusal(() -> passwords.resetPassword(token, "too late secret", "too late secret"))
                .getMessageKey()).isEqualTo("token.expired");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        Account owner = registrations.signUp(signUpForm("Change " + suffix(), email("change")));
        caller.actAs(owner);
        assertThat(businessRefusal(() -> passwords.changePassword("wrong", "brand new secret", "brand new secret", "192.0.2.7"))
                .getField()).contains("currentPassword");
        Instant before = Instant.now();
        passwords.changePassword("correct horse battery", "brand new secret", "brand new secret", "192.0.2.7");
        assertThat(identityStore.validate(credential(owner.getEmail(), "brand new secret")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(tx.<Boolean>call(em -> em.find(Account.class, owner.getId()).signedInBeforePasswordChange(before)))
                .as("sessions signed in before the change stop working").isTrue();
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeSigningIn() {
        Account owner = registrations.signUp(signUpForm("Guess " + suffix(), email("guess")));
        caller.actAs(owner);
        for (int i = 0; i < 4; i++) {
            assertThat(businessRefusal(() -> passwords.changePassword("guess", "brand new secret", "brand new secret", "192.0.2.8"))
                    .getMessageKey()).isEqualTo("password.current_wrong");
        }
        assertThat(businessRefusal(() -> passwords.changePassword("correct horse battery", "brand new secret",
                "brand new secret", "192.0.2.8"))).isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void aDeactivatedAccountCannotResetItsPassword() {
        SignUpForm form = signUpForm("Gone " + suffix(), email("gone"));
        Account owner = registrations.signUp(form);
        passwords.requestReset(form.getEmail());
        String token = tokenIn(lastMail(form.getEmail()));
        caller.actAs(newAdmin());
        admin.deactivate(owner.getId());
        assertThat(businessRefusal(() -> passwords.resetPassword(token, "a fresh secret", "a fresh secret")).getMessageKey())
                .isEqualTo("account.deactivated");
    }

    // --- sign-in -----------------------------------------------------------------------------

    @Test
    void theIdentityStoreKnowsRolesAndRefusesWrongPasswordsAndDeactivatedAccounts() {
        Account owner = registrations.signUp(signUpForm("Store " + suffix(), email("store")));
        CredentialValidationResult valid = identityStore.validate(credential(owner.getEmail().toUpperCase(), "correct horse battery"));
        assertThat(valid.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(valid.getCallerPrincipal().getName()).isEqualTo(owner.getId().toString());
        assertThat(valid.getCallerGroups()).containsExactly("LEARNER");
        assertThat(identityStore.validate(credential(owner.getEmail(), "wrong password")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(identityStore.validate(credential(email("unknown"), "whatever it is")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);

        caller.actAs(newAdmin());
        admin.deactivate(owner.getId());
        assertThat(identityStore.validate(credential(owner.getEmail(), "correct horse battery")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    // --- profile and enterprise --------------------------------------------------------------

    @Test
    void aStaleProfileFormIsRefusedWithoutOverwriting() {
        Account owner = registrations.signUp(signUpForm("Profile " + suffix(), email("profile")));
        caller.actAs(owner);
        ProfileForm first = profiles.myProfile();
        ProfileForm second = profiles.myProfile();
        first.setDisplayName("Changed First");
        profiles.update(first);
        second.setDisplayName("Changed Second");

        assertThatThrownBy(() -> profiles.update(second)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(tx.<String>call(em -> em.find(Account.class, owner.getId()).getDisplayName())).isEqualTo("Changed First");
    }

    @Test
    void badProfileInputIsRefusedAndChangesNothing() {
        Account owner = registrations.signUp(signUpForm("Bad Profile " + suffix(), email("badprofile")));
        caller.actAs(owner);
        List<java.util.function.Consumer<ProfileForm>> breakages = List.of(
                f -> f.setDisplayName(" "),
                f -> f.setDisplayName("y".repeat(Names.PERSON_MAX + 1)),
                f -> f.setDisplayName("12345"),
                f -> f.setTimeZone("Mars/Olympus_Mons"),
                f -> f.setLanguage(null));
        for (var breakage : breakages) {
            ProfileForm form = profiles.myProfile();
            breakage.accept(form);
            Throwable refusal = catchThrowable(() -> profiles.update(form));
            assertThat(refusal).satisfiesAnyOf(
                    t -> assertThat(t).isInstanceOf(BusinessException.class),
                    t -> assertThat(t).hasRootCauseInstanceOf(ConstraintViolationException.class));
        }
        assertThat(tx.<String>call(em -> em.find(Account.class, owner.getId()).getDisplayName())).isEqualTo("Usman Tariq");
    }

    @Test
    void anOwnerInvitesAColleagueWhoJoinsVerified() {
        Account owner = verified(registrations.signUp(signUpForm("Invite " + suffix(), email("inviter"))));
        caller.actAs(owner);
        String colleague = email("colleague");
        enterprises.invite(colleague);
        assertThat(enterprises.openInvitations()).extracting(AccountToken::getEmail).containsExactly(colleague);
        String token = tokenIn(lastMail(colleague));

        InvitationAcceptance acceptance = new InvitationAcceptance();
        acceptance.setDisplayName("Sana Iqbal");
        acceptance.setPassword("sana's long secret");
        acceptance.setPasswordConfirm("sana's long secret");
        Account member = registrations.acceptInvitation(token, acceptance);

        Account stored = tx.call(em -> em.find(Account.class, member.getId()));
        assertThat(stored.getEnterprise().getId()).isEqualTo(owner.getEnterprise().getId());
        assertThat(stored.getEnterpriseRole()).isEqualTo(EnterpriseRole.MEMBER);
        assertThat(stored.isEmailVerified()).isTrue();
        assertThat(enterprises.members()).extracting(Account::getEmail).contains(colleague, owner.getEmail());
        assertThat(businessRefusal(() -> registrations.acceptInvitation(token, acceptance)).getMessageKey())
                .isEqualTo("token.used");

        caller.actAs(member);
        assertThatThrownBy(() -> enterprises.invite(email("other"))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> enterprises.update(enterprises.mine().details())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void onlyAVerifiedOwnerInvitesAndOnlyAFewAnHour() {
        Account owner = registrations.signUp(signUpForm("Limit " + suffix(), email("limit")));
        caller.actAs(owner);
        assertThat(businessRefusal(() -> enterprises.invite(email("early"))).getMessageKey())
                .isEqualTo("account.email_not_verified");
        verified(owner);
        for (int i = 0; i < EnterpriseService.INVITATIONS_PER_HOUR; i++) {
            enterprises.invite(email("colleague" + i));
        }
        assertThat(businessRefusal(() -> enterprises.invite(email("one-too-many"))).getMessageKey())
                .isEqualTo("enterprise.invite.too_many");
        assertThat(businessRefusal(() -> enterprises.invite("a@b.pk, c@d.pk")).getMessageKey())
                .isEqualTo("account.email.invalid");
    }

    @Test
    void anInvitationToSomeoneWithAnAccountIsRefused() {
        Account owner = verified(registrations.signUp(signUpForm("Has " + suffix(), email("has"))));
        Account other = registrations.signUp(signUpForm("Other " + suffix(), email("other")));
        caller.actAs(owner);
        assertThat(businessRefusal(() -> enterprises.invite(other.getEmail())).getField()).contains("inviteEmail");
        assertThat(businessRefusal(() -> enterprises.invite("not an address")).getField()).contains("inviteEmail");
    }

    // --- admin -------------------------------------------------------------------------------

    @Test
    void onlyAdminsManageAccounts() {
        Account learner = registrations.signUp(signUpForm("Learner " + suffix(), email("learner")));
        caller.anonymous();
        assertThatThrownBy(() -> admin.search("", 0, 10)).isInstanceOf(NotAllowedException.class);
        caller.actAs(learner);
        assertThatThrownBy(() -> admin.search("", 0, 10)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> admin.deactivate(learner.getId())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> admin.createStaff(staffForm(email("sneaky"))))
                .isInstanceOf(NotAllowedException.class);
        assertThat(tx.<Boolean>call(em -> em.find(Account.class, learner.getId()).isActive())).isTrue();
    }

    @Test
    void anAdminCreatesATrainerWhoSetsAPasswordByMailAndEveryActionIsAudited() {
        Account boss = newAdmin();
        caller.actAs(boss);
        String address = email("trainer");
        Account trainer = admin.createStaff(staffForm(address));
        assertThat(trainer.getRoles()).containsExactly(Role.TRAINER);

        String token = tokenIn(lastMail(address));
        passwords.resetPassword(token, "trainer's secret", "trainer's secret");
        assertThat(identityStore.validate(credential(address, "trainer's secret")).getCallerGroups()).containsExactly("TRAINER");

        admin.deactivate(trainer.getId());
        admin.reactivate(trainer.getId());
        admin.grant(trainer.getId(), Role.LEARNER);
        admin.revoke(trainer.getId(), Role.LEARNER);
        assertThat(admin.history(trainer.getId())).extracting(AuditEntry::getKind).containsExactly(
                "ROLE_REVOKED", "ROLE_GRANTED", "ACCOUNT_REACTIVATED", "ACCOUNT_DEACTIVATED", "ACCOUNT_CREATED");
        assertThat(admin.history(trainer.getId())).allSatisfy(e -> assertThat(e.getActor().getId()).isEqualTo(boss.getId()));
        assertThat(admin.search(address.substring(0, 10), 0, 10).accounts()).extracting(Account::getId).contains(trainer.getId());
        assertThat(businessRefusal(() -> admin.deactivate(boss.getId())).getMessageKey()).isEqualTo("admin_user.not_yourself");
        assertThat(businessRefusal(() -> admin.revoke(trainer.getId(), Role.TRAINER)).getMessageKey())
                .isEqualTo("admin_user.last_role");
    }

    @Test
    void searchFindsUrduNamesWrittenWithArabicLetters() {
        SignUpForm form = signUpForm("Search " + suffix(), email("search"));
        form.setDisplayName("زینب کاشف " + suffix());
        Account zainab = registrations.signUp(form);
        caller.actAs(newAdmin());
        // Arabic kaf (ك) and Arabic yeh (ي), as some keyboards type them
        assertThat(admin.search("زينب كاشف", 0, 50).accounts()).extracting(Account::getId).contains(zainab.getId());
    }

    // --- helpers -----------------------------------------------------------------------------

    /** Follows the account's verification link, as its owner would. */
    private Account verified(Account account) {
        registrations.verifyEmail(tokenIn(lastMail(account.getEmail())));
        return tx.call(em -> em.find(Account.class, account.getId()));
    }

    private Account newAdmin() {
        return tx.call(em -> {
            Account account = new Account(email("admin"), "Admin " + suffix(), null, Language.EN, Role.ADMIN, Instant.now());
            em.persist(account);
            em.flush();
            return account;
        });
    }

    static SignUpForm signUpForm(String enterpriseName, String email) {
        SignUpForm form = new SignUpForm();
        form.getEnterprise().setLegalName(enterpriseName);
        form.getEnterprise().setSector(Sector.SPORTS_GOODS);
        form.getEnterprise().setProvince(Province.PUNJAB);
        form.getEnterprise().setCity("Sialkot");
        form.getEnterprise().setEmployeeBand(EmployeeBand.FROM_10_TO_49);
        form.getEnterprise().setWebsite("www.sialkot-sports.example");
        form.setDisplayName("Usman Tariq");
        form.setEmail(email);
        form.setPassword("correct horse battery");
        form.setPasswordConfirm("correct horse battery");
        return form;
    }

    private static StaffForm staffForm(String email) {
        StaffForm form = new StaffForm();
        form.setEmail(email);
        form.setDisplayName("Bilal Ahmed");
        form.setRole(Role.TRAINER);
        return form;
    }

    private static UsernamePasswordCredential credential(String email, String password) {
        return new UsernamePasswordCredential(email, password);
    }

    private OutboxMail lastMail(String recipient) {
        return tx.call(em -> em.createQuery("SELECT m FROM OutboxMail m WHERE m.recipient = :r ORDER BY m.id DESC", OutboxMail.class)
                .setParameter("r", recipient).setMaxResults(1).getSingleResult());
    }

    private long mailsTo(String recipient) {
        return tx.number("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?1", recipient);
    }

    private long enterprisesNamed(String name) {
        return tx.number("SELECT COUNT(*) FROM enterprise WHERE legal_name = ?1", name);
    }

    private static String tokenIn(OutboxMail mail) {
        Matcher matcher = TOKEN.matcher(mail.getBody());
        assertThat(matcher.find()).as("a link with a token in: " + mail.getBody()).isTrue();
        return matcher.group(1);
    }

    private static BusinessException businessRefusal(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        BusinessException business = rootBusiness(thrown);
        assertThat(business).as("a business refusal, not " + thrown).isNotNull();
        return business;
    }

    private static BusinessException rootBusiness(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return business;
            }
        }
        return null;
    }

    private static String email(String who) {
        return who + "." + suffix() + "@Identity.Example";
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

}
