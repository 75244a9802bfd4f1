package org.tijarat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** What a visitor, an SME and an admin do with accounts, in a real browser against the shipped WAR. */
class IdentityJourneysIT extends BrowserJourney {

    private static final String PASSWORD = "a long enough secret";

    @Test
    @Tag("h2")
    void anSmeSignsUpVerifiesItsAddressSignsInAndOut() {
        String email = uniqueEmail("owner");
        signUp(email, "Usman Tariq");
        assertThat(browser.path()).startsWith("/signin");
        assertThat(browser.messages()).contains("Your account is ready").contains(email);

        browser.open(Browser.linkFromMail(email, "/account/verify-email"));
        assertThat(browser.text()).contains("Your email address is verified");

        browser.open("/signin");
        String sessionBefore = browser.cookie("JSESSIONID").getValue();
        signIn(email, PASSWORD);
        assertThat(browser.find(By.id("welcome")).getText()).contains("Welcome back, Usman Tariq");
        assertThat(browser.cookie("JSESSIONID").getValue()).as("the session id changes at sign-in").isNotEqualTo(sessionBefore);
        assertThat(browser.cookie("JSESSIONID").isHttpOnly()).isTrue();
        assertThat(browser.cookie("JSESSIONID").getSameSite()).isEqualTo("Lax");
        assertThat(browser.has(By.id("verify-banner"))).isFalse();

        browser.submit("signout-form:signout");
        assertThat(browser.has(By.id("signin-link"))).isTrue();
        browser.open("/my/profile");
        assertThat(browser.path()).startsWith("/signin");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        String email = uniqueEmail("wrong");
        signUp(email, "Sana Iqbal");
        signIn(email, "not the password");
        assertThat(browser.path()).startsWith("/signin");
        assertThat(browser.messages()).contains("The email address or password is not right.");
        assertThat(browser.has(By.id("signout-form:signout"))).isFalse();
    }

    @Test
    void repeatedFailuresMakeTheAccountWaitThenLetItIn() {
        String email = uniqueEmail("throttle");
        signUp(email, "Hamza Sheikh");
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(email, "wrong " + attempt);
            assertThat(browser.messages()).contains("not right");
        }
        signIn(email, PASSWORD);
        assertThat(browser.messages()).containsPattern("Too many failed sign-ins\\. Please wait \\d+ seconds");
        assertThat(browser.has(By.id("signout-form:signout"))).as("even the right password waits").isFalse();

        Browser.advanceServerClock(Duration.ofMinutes(5));
        signIn(email, PASSWORD);
        assertThat(browser.has(By.id("signout-form:signout"))).isTrue();
    }

    @Test
    void theInterfaceSwitchesToUrduRightToLeftAndRemembersIt() {
        browser.open("/signin");
        assertThat(browser.attribute(By.tagName("html"), "dir")).isEqualTo("ltr");
        browser.follow("language-switch");
        assertThat(browser.path()).startsWith("/signin");
        assertThat(browser.attribute(By.tagName("html"), "dir")).isEqualTo("rtl");
        assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("ur");
        assertThat(browser.text()).contains("تجارت اکیڈمی").contains("پاس ورڈ");

        browser.open("/signup");
        assertThat(browser.attribute(By.tagName("html"), "dir")).as("remembered").isEqualTo("rtl");
        browser.submit("submit");
        assertThat(browser.text()).as("field messages in Urdu").contains("براہِ کرم");

        browser.follow("language-switch");
        assertThat(browser.attribute(By.tagName("html"), "dir")).isEqualTo("ltr");
    }

    @Test
    void aForgottenPasswordIsResetThroughAMailedLinkThatWorksOnce() {
        String email = uniqueEmail("reset");
        signUp(email, "Ayesha Malik");
        OtherDevice phone = new OtherDevice();
        phone.signIn(email, PASSWORD);
        assertThat(phone.isSignedIn()).isTrue();
        browser.open("/signin").follow("forgot-link");
        browser.type("email", email).submit("submit");
        assertThat(browser.messages()).contains("If an account exists for " + email);

        String link = Browser.linkFromMail(email, "/account/reset-password");
        browser.open(link);
        browser.type("password", "my new passphrase").type("passwordConfirm", "my new passphrase").submit("submit");
        assertThat(browser.messages()).contains("Your password is saved");

        signIn(email, PASSWORD);
        assertThat(browser.messages()).contains("not right");
        signIn(email, "my new passphrase");
        assertThat(browser.has(By.id("signout-form:signout"))).isTrue();

        browser.open(link);
        assertThat(browser.find(By.id("link-unusable")).getText()).contains("already been used");
        assertThat(phone.isSignedIn()).as("a session from before the reset is signed out").isFalse();
        phone.close();
    }

    @Test
    void badSignUpInputIsShownAtTheFieldsAndMarkupIsShownAsText() {
        browser.open("/signup");
        browser.type("email", "not-an-address").type("password", "short").submit("submit");
        assertThat(browser.path()).isEqualTo("/signup");
        assertThat(browser.text()).contains("Please enter a valid email address")
                .contains("Please fill this in.")
                .contains("Please choose a sector.")
                .contains("A password has 8 to 128 characters");

        String email = uniqueEmail("markup");
        signUp(email, "<b>Ali</b> & Sons");
        signIn(email, PASSWORD);
        assertThat(browser.find(By.id("signed-in-as")).getText()).isEqualTo("<b>Ali</b> & Sons");
        assertThat(browser.pageSource()).contains("&lt;b&gt;Ali&lt;/b&gt;");
    }

    @Test
    void protectedPagesAskForSignInThenContinueAndRefuseTheWrongRole() {
        String email = uniqueEmail("continue");
        signUp(email, "Bilal Khan");
        browser.open("/my/enterprise");
        assertThat(browser.path()).startsWith("/signin");
        signIn(email, PASSWORD);
        assertThat(browser.path()).isEqualTo("/my/enterprise");
        assertThat(browser.text()).contains("Members").contains(email);

        browser.open("/admin/users");
        assertThat(browser.find(By.id("error-403")).getText()).contains("Not allowed");
        browser.open("/no/such/page");
        assertThat(browser.find(By.id("error-404")).getText()).contains("Page not found");
        assertThat(browser.pageSource()).doesNotContain("Exception").doesNotContain("at org.");
        browser.open("/test/fail");
        assertThat(browser.find(By.id("error-500")).getText()).contains("Something went wrong");
        assertThat(browser.pageSource()).doesNotContain("internal-db").doesNotContain("IllegalStateException");
        browser.open("/my/enterprise");
        assertThat(browser.path()).as("an error page does not sign anyone out").isEqualTo("/my/enterprise");
    }

    @Test
    void anOwnerInvitesAColleagueWhoJoinsAndSignsIn() {
        String owner = uniqueEmail("inviter");
        signUp(owner, "Zainab Kashif");
        browser.open(Browser.linkFromMail(owner, "/account/verify-email"));
        signIn(owner, PASSWORD);
        browser.open("/my/enterprise");
        String colleague = uniqueEmail("colleague");
        browser.type("inviteEmail", colleague).submit("send");
        assertThat(browser.messages()).contains("Invitation sent to " + colleague);

        browser.submit("signout-form:signout");
        browser.open(Browser.linkFromMail(colleague, "/account/invitation"));
        assertThat(browser.text()).contains(colleague);
        browser.type("displayName", "Kashif Ali").type("password", PASSWORD).type("passwordConfirm", PASSWORD)
                .submit("submit");
        signIn(colleague, PASSWORD);
        browser.open("/my/enterprise");
        assertThat(browser.text()).contains("Zainab Kashif").contains("Kashif Ali");
        assertThat(browser.has(By.id("inviteEmail"))).as("only the owner invites").isFalse();
    }

    @Test
    void anAdminCreatesATrainerAndDeactivatesThem() {
        signIn("admin@tijarat.example", DEMO_PASSWORD);
        assertThat(browser.path()).startsWith("/admin/users");
        String trainer = uniqueEmail("trainer");
        browser.type("email", trainer).type("displayName", "Nadia Hussain").submit("create");
        assertThat(browser.messages()).contains("The account for " + trainer + " is created");
        browser.submit("deactivate");
        assertThat(browser.find(By.id("status")).getText()).isEqualTo("Deactivated");
        assertThat(browser.text()).contains("Account created").contains("Deactivated");

        browser.open("/admin/users?q=" + trainer.substring(0, 12));
        assertThat(browser.text()).contains("Nadia Hussain");
    }

    @Test
    void aSignedInUserEditsTheirProfileInUrduAndChangesTheirPassword() {
        String email = uniqueEmail("profile");
        signUp(email, "Sana Iqbal");
        signIn(email, PASSWORD);
        browser.open("/my/profile");
        browser.type("displayName", "ثناء اقبال").type("latinName", "Sana Iqbal").select("language", "اردو").submit("save");
        assertThat(browser.attribute(By.tagName("html"), "dir")).isEqualTo("rtl");
        assertThat(browser.messages()).contains("آپ کی پروفائل محفوظ ہو گئی");
        assertThat(browser.find(By.id("signed-in-as")).getText()).isEqualTo("ثناء اقبال");

        browser.type("displayName", "").submit("save");
        assertThat(browser.text()).contains("براہِ کرم یہ خانہ پُر کریں");
        browser.follow("language-switch");

        browser.open("/my/profile");
        browser.type("currentPassword", "not my password").type("newPassword", "an even longer secret")
                .type("newPasswordConfirm", "an even longer secret").submit("change");
        assertThat(browser.text()).contains("Your current password is not right.");
        browser.type("currentPassword", PASSWORD).type("newPassword", "an even longer secret")
                .type("newPasswordConfirm", "an even longer secret").submit("change");
        assertThat(browser.messages()).contains("Your password is changed.");
    }

    @Test
    void aFormPostedWithoutItsViewStateIsRefusedAsExpired() throws Exception {
        String email = uniqueEmail("csrf");
        signUp(email, "Forged Post");
        try (HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build()) {
            client.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + "/signin")).build(),
                    HttpResponse.BodyHandlers.discarding());
            String form = "signin=signin&email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                    + "&password=" + java.net.URLEncoder.encode(PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
                    + "&submit=Sign+in&jakarta.faces.ViewState=-1234567890%3A987654321";
            HttpResponse<String> forged = client.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + "/signin"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forged.body()).contains("This page has expired").doesNotContain("at org.");
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.body()).as("not signed in").contains("id=\"signin-link\"").doesNotContain("signout");
        }
    }

    @Test
    void healthAnswersWithTheDatabase() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"UP\"").contains("database");
        }
    }

    private static void signUp(String email, String name) {
        browser.open("/signup");
        browser.type("legalName", "Enterprise of " + name)
                .select("sector", "Leather goods")
                .select("province", "Punjab")
                .type("city", "Sialkot")
                .select("employeeBand", "10 to 49")
                .type("displayName", name)
                .type("email", email)
                .type("password", PASSWORD)
                .type("passwordConfirm", PASSWORD)
                .submit("submit");
    }

    private static void signIn(String email, String password) {
        browser.signIn(email, password);
    }

    private static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@journey.example";
    }
}
