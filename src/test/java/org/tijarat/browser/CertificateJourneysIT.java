package org.tijarat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tijarat.certification.CredentialChecks;

/**
 * Certificates in a real browser: the holder's page and downloads, another learner refused the
 * files, the public verification form, and an admin suspending, revoking and recording a completion.
 */
class CertificateJourneysIT extends BrowserJourney {

    @Test
    void aHolderDownloadsTheAdminSuspendsAndRevokesAndThePublicSeesEachStanding() throws Exception {
        // the demo holder (Urdu interface) sees her certificate and downloads its files
        browser.signIn("fatima@karachicrafts.example", DEMO_PASSWORD);
        browser.open("/my/certificates");
        String cardId = browser.attribute(By.cssSelector("article.certificate-card"), "id");
        String code = cardId.substring("certificate-".length());
        String qrLink;
        assertThat(browser.find(By.cssSelector("article.certificate-card h2")).getText()).isEqualTo("پاکستان سے ایمیزون پر فروخت");
        assertThat(browser.find(By.cssSelector(".share-url")).getText()).endsWith("/verify/" + code);
        assertThat(browser.attribute(By.cssSelector(".linkedin-link"), "href"))
                .startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME").contains("certId=");
        try (HttpClient client = browser.httpClientWithSession()) {
            HttpResponse<byte[]> pdf = fetch(client, "/my/certificate/" + code + ".pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
            assertThat(CredentialChecks.pdfText(pdf.body())).contains("فاطمہ علی").contains("پاکستان سے ایمیزون پر فروخت");
            qrLink = CredentialChecks.qrCode(pdf.body());
            assertThat(qrLink).isEqualTo(SharedServer.baseUrl() + "/verify/" + code);
            HttpResponse<byte[]> jwt = fetch(client, "/my/certificate/" + code + ".jwt");
            assertThat(jwt.statusCode()).isEqualTo(200);
            assertThat(new String(jwt.body(), StandardCharsets.US_ASCII).split("\\.")).hasSize(3);
            HttpResponse<byte[]> json = fetch(client, "/my/certificate/" + code + ".json");
            assertThat(new String(json.body(), StandardCharsets.UTF_8)).contains("OpenBadgeCredential").contains("فاطمہ علی");
        }

        // another learner is refused her files
        browser.forgetCookies();
        browser.signIn("hamza@karachicrafts.example", DEMO_PASSWORD);
        try (HttpClient client = browser.httpClientWithSession()) {
            assertThat(fetch(client, "/my/certificate/" + code + ".pdf").statusCode()).isEqualTo(403);
            assertThat(fetch(client, "/my/certificate/" + code + ".jwt").statusCode()).isEqualTo(403);
        }

        // anyone follows the PDF's QR code, or types the code loosely into the form
        browser.forgetCookies();
        browser.driver().get(qrLink);
        assertThat(browser.has(By.cssSelector("#verify-result.verification-valid"))).isTrue();
        browser.open("/verify");
        browser.type("code", code.toLowerCase().substring(0, 9) + " " + code.toLowerCase().substring(9));
        browser.submit("verify-submit");
        assertThat(browser.has(By.cssSelector("#verify-result.verification-valid"))).isTrue();
        assertThat(browser.find(By.id("verify-learner")).getText()).contains("فاطمہ علی").contains("Fatima Ali");
        assertThat(browser.find(By.id("verify-enterprise")).getText()).contains("Karachi");
        browser.open("/verify/" + "0".repeat(27));
        assertThat(browser.find(By.id("verify-not-found")).getText()).isEqualTo("Not found.");

        // the admin finds it, sees it was checked, suspends it: the public page says so
        browser.signIn("admin@tijarat.example", DEMO_PASSWORD);
        browser.open("/admin/certificates?learner=Fatima");
        browser.submit(By.xpath("//table[@id='certificates']//a[contains(@class, 'certificate-link')]"));
        String adminPage = browser.path();
        assertThat(browser.find(By.id("certificate-checks")).getText()).doesNotStartWith("0");
        browser.type("reason", "The enterprise's registration is being checked");
        browser.submit("suspend");
        assertThat(browser.messages()).contains("The certificate is suspended.");
        browser.forgetCookies();
        browser.open("/verify/" + code);
        assertThat(browser.has(By.cssSelector("#verify-result.verification-suspended"))).isTrue();
        assertThat(browser.find(By.id("verify-status-detail")).getText()).contains("registration is being checked");

        // reinstated, then revoked for good
        browser.signIn("admin@tijarat.example", DEMO_PASSWORD);
        browser.open(adminPage);
        browser.submit("unsuspend");
        assertThat(browser.messages()).contains("The certificate is valid again.");
        browser.type("reason", "Issued to the wrong person");
        browser.submitConfirming(By.id("revoke"));
        assertThat(browser.messages()).contains("The certificate is revoked.");
        assertThat(browser.find(By.id("events")).getText()).contains("Issued to the wrong person");
        browser.forgetCookies();
        browser.open("/verify/" + code);
        assertThat(browser.has(By.cssSelector("#verify-result.verification-revoked"))).isTrue();
        assertThat(browser.find(By.id("verify-status-detail")).getText()).contains("Issued to the wrong person");

        // the admin records a completion (prior learning); its certificate follows
        browser.signIn("admin@tijarat.example", DEMO_PASSWORD);
        browser.open("/admin/certificates");
        browser.type("email", "owner@indusleather.example");
        browser.submit("find-enrollments");
        browser.find(By.xpath("//table[@id='enrollment']//label[contains(., 'Selling on Amazon from Pakistan')]/../input")).click();
        browser.type("reason", "Completed the same modules at the Sialkot chamber's workshop");
        browser.submit("record");
        assertThat(browser.path()).startsWith("/admin/certificate");
        assertThat(browser.find(By.id("certificate-learner")).getText()).contains("Usman Tariq");
        assertThat(browser.find(By.id("events")).getText()).contains("Sialkot chamber");
    }

    private static HttpResponse<byte[]> fetch(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
