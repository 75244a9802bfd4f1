package org.tijarat.certification;

import java.util.List;

/**
 * Everything printed on one certificate, already in words: the template's layout, the frozen
 * facts and the verification link the QR code carries.
 */
public record CertificateDocument(TemplateLayout layout, String body, String awardedTo, String learnerName,
        String learnerNameLatin, String courseTitle, List<Detail> details, String codeLabel, String code,
        String verifyLabel, String verifyUrl) {

    /** A labelled fact under the body: enterprise, date, grade, validity. */
    public record Detail(String label, String value) {
    }
}
