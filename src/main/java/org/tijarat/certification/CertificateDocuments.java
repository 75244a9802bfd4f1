package org.tijarat.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tijarat.platform.Links;
import org.tijarat.platform.Texts;

/** Puts a certificate into words for its PDF: the template's body with its placeholders filled, and the details. */
@ApplicationScoped
public class CertificateDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Inject
    private Links links;

    public CertificateDocument of(Certificate c, TemplateLayout layout) {
        Locale en = Locale.ENGLISH;
        String enterprise = c.getEnterpriseName() == null ? "" : c.getEnterpriseName()
                + (c.getEnterpriseCity() == null ? "" : ", " + c.getEnterpriseCity());
        String grade = c.getGradePercent() == null ? "" : c.getGradePercent().stripTrailingZeros().toPlainString() + "%";
        String body = fill(layout.body(), c.nameInLatin(), enterprise, c.getCourseTitle(), c.getProgramName(),
                DATE.format(c.getCompletedOn()), grade);
        List<CertificateDocument.Detail> details = new ArrayList<>();
        if (!enterprise.isEmpty()) {
            details.add(new CertificateDocument.Detail(Texts.get(en, "certificate.pdf.enterprise"), enterprise));
        }
        details.add(new CertificateDocument.Detail(Texts.get(en, "certificate.pdf.completed_on"), DATE.format(c.getCompletedOn())));
        if (!grade.isEmpty()) {
            details.add(new CertificateDocument.Detail(Texts.get(en, "certificate.pdf.grade"), grade));
        }
        if (c.getExpiresOn() != null) {
            details.add(new CertificateDocument.Detail(Texts.get(en, "certificate.pdf.valid_until"), DATE.format(c.getExpiresOn())));
        }
        boolean latinShownApart = c.getLearnerNameLatin() != null && !c.getLearnerNameLatin().equals(c.getLearnerName());
        return new CertificateDocument(layout, body, Texts.get(en, "certificate.pdf.awarded_to"), c.getLearnerName(),
                latinShownApart ? c.getLearnerNameLatin() : null, c.getCourseTitle(), details,
                Texts.get(en, "certificate.pdf.code"), c.getDisplayCode(), Texts.get(en, "certificate.pdf.verify_at"),
                links.to("/verify/" + c.getCode()));
    }

    /** The template's placeholders: {learner}, {enterprise}, {course}, {program}, {date}, {grade}. */
    static String fill(String body, String learner, String enterprise, String course, String program, String date, String grade) {
        return body.replace("{learner}", learner).replace("{enterprise}", enterprise).replace("{course}", course)
                .replace("{program}", program).replace("{date}", date).replace("{grade}", grade);
    }
}
